// compile_commands.json (checker/scan/CompilationDb): any database is either loaded or rejected
// with a message; no command of a loaded one keeps a flag that would load code into the analyser.
#include "CompilationDb.h"
#include "FuzzFiles.h"
#include "LoaderFlags.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace tensorlife;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  fuzz::writeScratch("compile_commands.json", reinterpret_cast<const char *>(Data), Size);
  scan::ScanOptions Opts;
  Opts.Database = fuzz::scratchDir();
  scan::Selection Sel;
  std::string Error = scan::selectTranslationUnits(Opts, "/", "/", Sel);
  if (!Error.empty())
    return 0;
  for (scan::TranslationUnit &TU : Sel.Units) {
    std::vector<std::string> Args = TU.Arguments;
    if (!scan::dropLoaderFlags(Args).empty()) {
      std::fprintf(stderr, "a loader flag survived in the command of '%s'\n", TU.File.c_str());
      std::abort();
    }
  }
  return 0;
}
