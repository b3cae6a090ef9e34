// Reports given to `merge` (checker/scan/Report, MergeCommand): any file is either merged or
// rejected with a message (exit 2); a report that merge accepts, merged with itself, gives the
// same findings.
#include "FuzzFiles.h"
#include "MergeCommand.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>

using namespace tensorlife;

namespace {

nlohmann::json findingsOf(const std::string &Path) {
  std::ifstream In(Path);
  nlohmann::json J = nlohmann::json::parse(In, nullptr, /*allow_exceptions=*/false);
  if (J.is_discarded() || !J.contains("findings")) {
    std::fprintf(stderr, "merge wrote no readable report to %s\n", Path.c_str());
    std::abort();
  }
  return J["findings"];
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::string In = fuzz::writeScratch("in.json", reinterpret_cast<const char *>(Data), Size);
  std::string Once = fuzz::scratchDir() + "/once.json", Twice = fuzz::scratchDir() + "/twice.json";
  int Exit = scan::runMerge({In, "--json", Once, "--format", "none"});
  if (Exit == 2)
    return 0;
  int ExitTwice = scan::runMerge({In, In, "--json", Twice, "--format", "none"});
  if (ExitTwice != Exit) {
    std::fprintf(stderr, "merge exits %d on the report and %d on it twice\n", Exit, ExitTwice);
    std::abort();
  }
  if (findingsOf(Once) != findingsOf(Twice)) {
    std::fprintf(stderr, "a report merged with itself has other findings\n");
    std::abort();
  }
  return 0;
}
