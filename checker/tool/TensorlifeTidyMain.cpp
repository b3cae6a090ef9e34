// tensorlife-tidy: the stock clang-tidy driver with every stock module and the tensorlife
// module linked in, so `--checks=tensorlife-*,bugprone-*` works without `--load`.
#include "clang-tidy/ClangTidyForceLinker.h"
#include "clang-tidy/tool/ClangTidyMain.h"

namespace clang::tidy {
// Defined in TensorlifeModule.cpp; referencing it keeps the module's registration linked in.
extern volatile int TensorlifeModuleAnchorSource;
[[maybe_unused]] static int TensorlifeModuleAnchorDestination = TensorlifeModuleAnchorSource;
} // namespace clang::tidy

int main(int argc, const char **argv) { return clang::tidy::clangTidyMain(argc, argv); }
