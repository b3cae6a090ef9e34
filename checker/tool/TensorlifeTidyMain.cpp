// tensorlife-tidy: the stock clang-tidy driver with every stock module and the tensorlife
// module linked in, so `--checks=tensorlife-*,bugprone-*` works without `--load`.
#include "version/VersionLine.h"

#include "clang-tidy/ClangTidyForceLinker.h"
#include "clang-tidy/tool/ClangTidyMain.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"

namespace clang::tidy {
// Defined in TensorlifeModule.cpp; referencing it keeps the module's registration linked in.
extern volatile int TensorlifeModuleAnchorSource;
[[maybe_unused]] static int TensorlifeModuleAnchorDestination = TensorlifeModuleAnchorSource;
} // namespace clang::tidy

int main(int argc, const char **argv) {
  // After LLVM's own version lines, which clang-tidy prints for --version.
  llvm::cl::AddExtraVersionPrinter(
      [](llvm::raw_ostream &OS) { OS << tensorlife::versionLine("tensorlife-tidy") << "\n"; });
  return clang::tidy::clangTidyMain(argc, argv);
}
