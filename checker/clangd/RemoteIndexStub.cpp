// clangd's remote index client lives in clangdRemoteIndex, which needs gRPC and protobuf (not
// installed). clangdMain calls this one function from it; answering "no client" is what a clangd
// built without remote index support does, and its callers handle it.
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <memory>

namespace clang::clangd {
// Not shipped as a header. Only its virtual destructor matters here (unique_ptr's deleter
// needs a complete type); the pointer returned is always null.
class SymbolIndex {
public:
  virtual ~SymbolIndex();
};

namespace remote {
std::unique_ptr<SymbolIndex> getClient(llvm::StringRef Address, llvm::StringRef IndexRoot) {
  // clangd's `--version` still says "+grpc": its libraries were built with it, this binary not.
  llvm::errs() << "tensorlife-clangd: no remote index support, ignoring remote index '" << Address
               << "'\n";
  return nullptr;
}
} // namespace remote
} // namespace clang::clangd
