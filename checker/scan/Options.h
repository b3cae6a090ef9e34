// Command lines of `tensorlife-scan` and `tensorlife-scan merge` (see docs/scan.md). Parsed with
// llvm::cl, as clang-tidy parses its own: `-checks=X` and `--checks X` alike, `@file` response
// files; every mistake gets one clear message and exit code 2.
#ifndef TENSORLIFE_SCAN_OPTIONS_H
#define TENSORLIFE_SCAN_OPTIONS_H

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tensorlife::scan {

enum class TextFormat { Text, None };
enum class ProgressMode { Auto, Tty, Plain, None };

/// What goes out, for a scan and a merge alike.
struct OutputOptions {
  std::string JsonOut;
  std::string SarifOut;
  std::string ExportFixes; ///< clang-tidy's fixes YAML
  std::string Baseline;
  std::string HtmlDir;
  std::string ExportModel; ///< the summaries, as a model file (CrossUnit.h)
  TextFormat Format = TextFormat::Text; ///< none by default when a report goes to stdout ("-")
  bool FailOnIncomplete = false;
};

struct ScanOptions {
  OutputOptions Out;
  std::string Database;              ///< -p: build directory or compile_commands.json
  std::vector<std::string> Filters;  ///< positional: files, directories or globs
  unsigned Jobs = 0;                 ///< 0: one per core
  std::string CacheDir;
  uint64_t CacheSizeBytes = 1ull << 30; ///< LRU-pruned beyond this
  std::string Root;                  ///< report paths are relative to it; default: cwd
  std::string ConfigFile;
  std::optional<std::string> Checks;
  std::optional<std::string> HeaderFilter;
  std::vector<std::string> Excludes;
  unsigned ShardIndex = 0, ShardCount = 0; ///< 1-based; 0/0 when not sharded
  double TimeoutSeconds = 600;       ///< per translation unit; 0: none
  uint64_t MaxMemoryBytes = 0; ///< address space per worker (RLIMIT_AS); 0: none
  ProgressMode Progress = ProgressMode::Auto;
  double ProgressInterval = 10;
  std::vector<std::string> Summaries; ///< --summaries: summaries (model) files of other scans
  bool SinglePhase = false;           ///< no analysis across units
};

struct MergeOptions {
  OutputOptions Out;
  std::vector<std::string> Inputs;
};

/// The outcome of parsing: an error message, a request for help/version, or options.
struct ParseResult {
  std::string Error;
  bool Help = false;
  bool Version = false;
};

ParseResult parseScanOptions(const std::vector<std::string> &Args, ScanOptions &Opts);
ParseResult parseMergeOptions(const std::vector<std::string> &Args, MergeOptions &Opts);

const char *scanUsage();
const char *mergeUsage();

} // namespace tensorlife::scan

#endif
