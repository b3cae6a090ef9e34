// What the supervisor hands a worker process: one translation unit and the scan's settings,
// as a JSON file. The worker answers with a JSON result file (format in Worker.h).
#ifndef TENSORLIFE_SCAN_WORKERJOB_H
#define TENSORLIFE_SCAN_WORKERJOB_H

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace tensorlife::scan {

struct WorkerJob {
  std::string File;
  std::string Directory;
  std::vector<std::string> Arguments;
  std::string ResultPath;
  std::string ConfigFile;
  std::optional<std::string> Checks;
  std::optional<std::string> HeaderFilter;
  std::string CacheDir;
  std::string DirectKey; ///< the unit's direct-mode cache key (DirectCache.h)
  std::string SummariesFile; ///< summaries of functions defined in other units (a model), or ""
  bool Summarise = false;    ///< summarise the functions the unit defines (CrossUnit.h)
  long ParentPid = 0;
};

nlohmann::json toJson(const WorkerJob &Job);
/// Returns an error message or "".
std::string fromJson(const nlohmann::json &J, WorkerJob &Job);

} // namespace tensorlife::scan

#endif
