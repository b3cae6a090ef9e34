// A plugin built for one clang-tidy major, loaded into another, lists its checks but silently
// reports nothing. Refuse to load into a different major, loudly.
#include "clang/Basic/Version.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>
#include <string>

namespace {

int hostMajor() {
  std::string Version = clang::getClangFullVersion();
  size_t At = Version.find("version ");
  if (At == std::string::npos)
    return -1;
  return std::atoi(Version.c_str() + At + 8);
}

struct VersionGuard {
  VersionGuard() {
    int Host = hostMajor();
    if (Host == TENSORLIFE_LLVM_MAJOR)
      return;
    llvm::errs() << "error: libTensorlifeTidy.so was built for clang-tidy " << TENSORLIFE_LLVM_MAJOR
                 << " but was loaded into clang-tidy " << Host
                 << "; use clang-tidy-" << TENSORLIFE_LLVM_MAJOR
                 << ", tensorlife-tidy, or a plugin built with TENSORLIFE_LLVM_MAJOR=" << Host << "\n";
    std::_Exit(1);
  }
} Guard;

} // namespace
