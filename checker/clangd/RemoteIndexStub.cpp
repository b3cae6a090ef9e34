// clangd's --remote-index-address support lives in clangdRemoteIndex, which needs gRPC and
// protobuf (not installed). clangdMain calls this one function from it; answering "no client"
// is exactly what a clangd built without remote index support does.
#include "llvm/ADT/StringRef.h"

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
  return nullptr;
}
} // namespace remote
} // namespace clang::clangd
