// clangd 19 runs only the clang-tidy checks that its built-in table (TidyFastChecks.inc) lists as
// fast, unless `.clangd` says `Diagnostics: ClangTidy: FastCheckFilter: Loose` (or `None`): a
// check missing from the table is silently skipped. The link wraps clangd's lookup of that table
// (`ld --wrap`, see CMakeLists.txt) so that the tensorlife checks count as fast, as if they were
// rows of it (`scripts/bench-clangd --tidy-time` measures them the way the table was made); every
// other check gets clangd's own answer. Both callers see this: the AST build that filters the
// checks, and the .clangd validation that warns about slow or unknown checks.
#include "llvm/ADT/StringRef.h"

#include <optional>

#define TENSORLIFE_STR(X) #X
#define TENSORLIFE_XSTR(X) TENSORLIFE_STR(X)
#define TENSORLIFE_ISFAST_NAME TENSORLIFE_XSTR(TENSORLIFE_ISFAST_SYMBOL)

namespace tensorlife::clangd {
// clangd's own lookup and its replacement, under the names the linker gives them. External
// linkage: the linker resolves clangd's calls to the `__wrap_` symbol.
std::optional<bool> stockIsFastTidyCheck(llvm::StringRef Check)
    __asm__("__real_" TENSORLIFE_ISFAST_NAME);
std::optional<bool> isFastTidyCheck(llvm::StringRef Check)
    __asm__("__wrap_" TENSORLIFE_ISFAST_NAME);

std::optional<bool> isFastTidyCheck(llvm::StringRef Check) {
  if (Check.starts_with("tensorlife-"))
    return true;
  return stockIsFastTidyCheck(Check);
}
} // namespace tensorlife::clangd
