#include "WorkerJob.h"

namespace tensorlife::scan {

nlohmann::json toJson(const WorkerJob &Job) {
  nlohmann::json J = {{"file", Job.File},           {"directory", Job.Directory},
                      {"arguments", Job.Arguments}, {"result", Job.ResultPath},
                      {"config_file", Job.ConfigFile}, {"cache_dir", Job.CacheDir},
                      {"direct_key", Job.DirectKey},      {"parent_pid", Job.ParentPid},
                      {"summaries_file", Job.SummariesFile}, {"summarise", Job.Summarise}};
  J["checks"] = Job.Checks ? nlohmann::json(*Job.Checks) : nlohmann::json(nullptr);
  J["header_filter"] = Job.HeaderFilter ? nlohmann::json(*Job.HeaderFilter) : nlohmann::json(nullptr);
  return J;
}

std::string fromJson(const nlohmann::json &J, WorkerJob &Job) {
  try {
    Job.File = J.at("file").get<std::string>();
    Job.Directory = J.at("directory").get<std::string>();
    Job.Arguments = J.at("arguments").get<std::vector<std::string>>();
    Job.ResultPath = J.at("result").get<std::string>();
    Job.ConfigFile = J.at("config_file").get<std::string>();
    Job.CacheDir = J.at("cache_dir").get<std::string>();
    Job.DirectKey = J.at("direct_key").get<std::string>();
    Job.ParentPid = J.at("parent_pid").get<long>();
    Job.SummariesFile = J.at("summaries_file").get<std::string>();
    Job.Summarise = J.at("summarise").get<bool>();
    if (!J.at("checks").is_null())
      Job.Checks = J.at("checks").get<std::string>();
    if (!J.at("header_filter").is_null())
      Job.HeaderFilter = J.at("header_filter").get<std::string>();
  } catch (const nlohmann::json::exception &E) {
    return std::string("bad worker job: ") + E.what();
  }
  return "";
}

} // namespace tensorlife::scan
