// The scanner's identity as reports and the cache record it.
#ifndef TENSORLIFE_SCAN_VERSION_H
#define TENSORLIFE_SCAN_VERSION_H

namespace tensorlife::scan {

inline constexpr const char *ToolName = "tensorlife-scan";
inline constexpr const char *ToolVersion = TENSORLIFE_VERSION;
/// The project's home (SARIF's tool.driver.informationUri); the check docs are under docs/checks/.
inline constexpr const char *ToolHomepage = "https://github.com/tensorlife/tensorlife";
/// Version of the JSON report format (docs/scan-report.schema.json). Bump on incompatible changes.
inline constexpr int ReportSchemaVersion = 1;

/// Exit codes (docs/scan.md).
enum ExitCode : int {
  ExitClean = 0,       ///< no (new) findings
  ExitFindings = 1,    ///< (new) findings
  ExitUsage = 2,       ///< usage, configuration or I/O error: bad option, unreadable database,
                       ///< invalid .clang-tidy or model file, report not written
  ExitIncomplete = 3,  ///< --fail-on-incomplete and some translation unit was not analysed
  ExitInterrupted = 130, ///< SIGINT/SIGTERM: the reports hold what was done
};

} // namespace tensorlife::scan

#endif
