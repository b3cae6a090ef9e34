// tensorlife-scan: batch scans of a compilation database (docs/scan.md).
//   tensorlife-scan -p BUILD [options] [filters]   scan (supervisor)
//   tensorlife-scan merge REPORT.json ...          join reports of a sharded scan
//   tensorlife-scan --worker JOB.json              internal: analyse one translation unit
#include "MergeCommand.h"
#include "ScanCommand.h"
#include "Worker.h"

// Every stock clang-tidy module, as in clang-tidy and tensorlife-tidy.
#include "clang-tidy/ClangTidyForceLinker.h"

#include <string>
#include <vector>

namespace clang::tidy {
// Defined in TensorlifeModule.cpp; referencing it keeps the module's registration linked in.
extern volatile int TensorlifeModuleAnchorSource;
[[maybe_unused]] static int TensorlifeModuleAnchorDestination = TensorlifeModuleAnchorSource;
} // namespace clang::tidy

int main(int argc, const char **argv) {
  std::vector<std::string> Args(argv + 1, argv + argc);
  if (Args.size() == 2 && Args[0] == "--worker")
    return tensorlife::scan::runWorker(argv[0], Args[1]);
  if (!Args.empty() && Args[0] == "merge")
    return tensorlife::scan::runMerge({Args.begin() + 1, Args.end()});
  return tensorlife::scan::runScan(argv[0], Args);
}
