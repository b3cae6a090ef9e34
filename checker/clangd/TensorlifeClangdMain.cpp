// tensorlife-clangd: the stock clangd (Debian's clangdMain library) with the tensorlife clang-tidy
// module registered next to the stock modules. Same flags and configuration as clangd.
#include "version/VersionLine.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::clangd {
// Debian ships libclangdMain.a but no clangd headers; this is its one entry point.
int clangdMain(int argc, char *argv[]);
} // namespace clang::clangd

namespace clang::tidy {
// Defined in TensorlifeModule.cpp; referencing it keeps the module's registration linked in.
extern volatile int TensorlifeModuleAnchorSource;
[[maybe_unused]] static int TensorlifeModuleAnchorDestination = TensorlifeModuleAnchorSource;
} // namespace clang::tidy

int main(int argc, char **argv) {
  // clangd installs its own version printer, which prints no extra lines: ours goes first, then
  // clangd prints its version and exits.
  for (int I = 1; I < argc; ++I)
    if (llvm::StringRef(argv[I]) == "--version" || llvm::StringRef(argv[I]) == "-version")
      llvm::outs() << tensorlife::versionLine("tensorlife-clangd") << "\n";
  return clang::clangd::clangdMain(argc, argv);
}
