#include "Options.h"

#include "llvm/ADT/StringRef.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <map>

namespace tensorlife::scan {
namespace {

/// A small getopt_long: `--name value`, `--name=value`, `-x value`, `-xvalue`, flags, and `--`.
class ArgReader {
public:
  ArgReader(const std::vector<std::string> &Args) : Args(Args) {}

  using ValueHandler = std::function<std::string(const std::string &)>; // returns an error
  using FlagHandler = std::function<void()>;

  void value(std::vector<std::string> Names, ValueHandler H) {
    for (auto &N : Names)
      Values[N] = H;
  }
  void flag(std::vector<std::string> Names, FlagHandler H) {
    for (auto &N : Names)
      Flags[N] = H;
  }

  /// Parses everything; non-options go to \p Positional. Returns an error message or "".
  std::string run(std::vector<std::string> &Positional) {
    bool OnlyPositional = false;
    for (size_t I = 0; I < Args.size(); ++I) {
      const std::string &A = Args[I];
      if (OnlyPositional || A == "-" || A.empty() || A[0] != '-') {
        Positional.push_back(A);
        continue;
      }
      if (A == "--") {
        OnlyPositional = true;
        continue;
      }
      std::string Name = A, Value;
      bool HasValue = false;
      if (llvm::StringRef(A).starts_with("--")) {
        size_t Eq = A.find('=');
        if (Eq != std::string::npos) {
          Name = A.substr(0, Eq);
          Value = A.substr(Eq + 1);
          HasValue = true;
        }
      } else if (A.size() > 2 && !Values.count(A) && !Flags.count(A)) {
        Name = A.substr(0, 2); // -j4, -pbuild
        Value = A.substr(2);
        HasValue = true;
      }
      if (auto F = Flags.find(Name); F != Flags.end()) {
        if (HasValue)
          return "option '" + Name + "' takes no value";
        F->second();
        continue;
      }
      auto V = Values.find(Name);
      if (V == Values.end())
        return "unknown option '" + A + "'";
      if (!HasValue) {
        if (I + 1 >= Args.size())
          return "option '" + Name + "' needs a value";
        Value = Args[++I];
      }
      if (std::string Error = V->second(Value); !Error.empty())
        return "option '" + Name + "': " + Error;
    }
    return "";
  }

private:
  const std::vector<std::string> &Args;
  std::map<std::string, ValueHandler> Values;
  std::map<std::string, FlagHandler> Flags;
};

std::string parseUnsigned(const std::string &Text, unsigned &Out, unsigned Min) {
  char *End = nullptr;
  errno = 0;
  unsigned long V = std::strtoul(Text.c_str(), &End, 10);
  if (Text.empty() || *End || errno || Text[0] == '-' || V < Min || V > 100000)
    return "'" + Text + "' is not a number >= " + std::to_string(Min);
  Out = static_cast<unsigned>(V);
  return "";
}

std::string parseSeconds(const std::string &Text, double &Out) {
  char *End = nullptr;
  double V = std::strtod(Text.c_str(), &End);
  if (Text.empty() || *End || !std::isfinite(V) || V < 0)
    return "'" + Text + "' is not a number of seconds >= 0";
  Out = V;
  return "";
}

/// A size in bytes: a number with an optional K, M or G suffix (powers of 1024).
std::string parseSize(const std::string &Text, unsigned long long &Out) {
  llvm::StringRef Number(Text);
  unsigned Shift = 0;
  if (Number.consume_back("K") || Number.consume_back("k"))
    Shift = 10;
  else if (Number.consume_back("M") || Number.consume_back("m"))
    Shift = 20;
  else if (Number.consume_back("G") || Number.consume_back("g"))
    Shift = 30;
  unsigned long long V = 0;
  if (Number.getAsInteger(10, V) || V == 0 || V > (~0ULL >> (Shift + 1)))
    return "'" + Text + "' is not a size > 0 such as 4G, 512M or 1048576";
  Out = V << Shift;
  return "";
}

void addOutputOptions(ArgReader &R, OutputOptions &O) {
  R.value({"--json"}, [&](const std::string &V) { O.JsonOut = V; return V.empty() ? "empty path" : ""; });
  R.value({"--sarif"}, [&](const std::string &V) { O.SarifOut = V; return V.empty() ? "empty path" : ""; });
  R.value({"--baseline"}, [&](const std::string &V) { O.Baseline = V; return V.empty() ? "empty path" : ""; });
  R.value({"--format"}, [&](const std::string &V) -> std::string {
    if (V == "text")
      O.Format = TextFormat::Text;
    else if (V == "none")
      O.Format = TextFormat::None;
    else
      return "'" + V + "' is not one of: text, none";
    return "";
  });
  R.flag({"--fail-on-incomplete"}, [&] { O.FailOnIncomplete = true; });
}

std::string checkOutputs(const OutputOptions &O) {
  if (!O.JsonOut.empty() && O.JsonOut == O.SarifOut)
    return "--json and --sarif name the same file '" + O.JsonOut + "'";
  if (!O.Baseline.empty() && (O.Baseline == O.JsonOut || O.Baseline == O.SarifOut))
    return "--baseline '" + O.Baseline + "' is also an output; write the new report elsewhere";
  return "";
}

} // namespace

const char *scanUsage() {
  return R"(usage: tensorlife-scan -p BUILD_DIR|compile_commands.json [options] [FILE|DIR|GLOB ...]
       tensorlife-scan merge [options] REPORT.json ...      (see tensorlife-scan merge --help)

Runs the tensorlife clang-tidy checks (and whatever else the project's .clang-tidy enables) over
every translation unit of a compilation database, in parallel, each in its own worker process.
Positional arguments restrict the scan to matching files. Full documentation: docs/scan.md.

Inputs:
  -p, --compile-commands PATH  build directory holding compile_commands.json, or the file itself
  --root DIR                   project root; report paths are relative to it (default: current dir)
  --exclude GLOB               skip translation units and drop findings whose path matches GLOB
                               (matched against the report path: relative inside the root,
                               absolute outside it, so '/*' excludes everything outside the root);
                               repeatable
  --header-filter REGEX        report findings in headers matching REGEX (clang-tidy's option)
  --checks GLOBS               override the enabled checks (clang-tidy's --checks)
  --config-file FILE           use this clang-tidy configuration instead of .clang-tidy files
  --shard K/N                  analyse only the K-th of N slices of the translation units

Outputs:
  --json FILE                  JSON report (docs/scan-report.schema.json)
  --sarif FILE                 SARIF 2.1.0 report
  --format text|none           stdout: diagnostics in clang-tidy's format (default) or nothing
  --baseline FILE              report only findings whose fingerprint is not in this JSON report

Running:
  -j, --jobs N                 parallel workers (default: number of cores)
  --timeout SECONDS            per translation unit, 0 for none (default: 600)
  --max-memory SIZE            address space per worker, e.g. 4G or 512M (default: no limit); a
                               unit that needs more is recorded as out_of_memory
  --cache-dir DIR              reuse results of unchanged translation units
  --progress auto|tty|plain|none  progress on stderr (default auto: tty line on a terminal,
                               plain lines otherwise)
  --progress-interval SECONDS  seconds between plain progress lines (default: 10)
  --fail-on-incomplete         exit 3 when no finding but some translation unit was not analysed
  -h, --help, --version

Exit codes: 0 no findings, 1 findings, 2 usage or I/O error, 3 incomplete (with
--fail-on-incomplete), 130 interrupted (reports hold what was done).
)";
}

const char *mergeUsage() {
  return R"(usage: tensorlife-scan merge [--json FILE] [--sarif FILE] [--format text|none]
                             [--baseline FILE] [--fail-on-incomplete] REPORT.json ...

Joins JSON reports of a scan split with --shard K/N (or of separate scans of one project) into one
report: translation units and findings are joined, findings seen by several reports counted once,
and fingerprints recomputed over the whole. Exit codes as for a scan.
)";
}

ParseResult parseScanOptions(const std::vector<std::string> &Args, ScanOptions &O) {
  ParseResult Result;
  ArgReader R(Args);
  addOutputOptions(R, O.Out);
  R.flag({"-h", "--help"}, [&] { Result.Help = true; });
  R.flag({"--version"}, [&] { Result.Version = true; });
  R.value({"-p", "--compile-commands"}, [&](const std::string &V) { O.Database = V; return V.empty() ? "empty path" : ""; });
  R.value({"-j", "--jobs"}, [&](const std::string &V) { return parseUnsigned(V, O.Jobs, 1); });
  R.value({"--cache-dir"}, [&](const std::string &V) { O.CacheDir = V; return V.empty() ? "empty path" : ""; });
  R.value({"--root"}, [&](const std::string &V) { O.Root = V; return V.empty() ? "empty path" : ""; });
  R.value({"--config-file"}, [&](const std::string &V) { O.ConfigFile = V; return V.empty() ? "empty path" : ""; });
  R.value({"--checks"}, [&](const std::string &V) { O.Checks = V; return ""; });
  R.value({"--header-filter"}, [&](const std::string &V) { O.HeaderFilter = V; return ""; });
  R.value({"--exclude"}, [&](const std::string &V) { O.Excludes.push_back(V); return V.empty() ? "empty pattern" : ""; });
  R.value({"--timeout"}, [&](const std::string &V) { return parseSeconds(V, O.TimeoutSeconds); });
  R.value({"--max-memory"}, [&](const std::string &V) { return parseSize(V, O.MaxMemoryBytes); });
  R.value({"--progress-interval"}, [&](const std::string &V) { return parseSeconds(V, O.ProgressInterval); });
  R.value({"--progress"}, [&](const std::string &V) -> std::string {
    if (V == "auto") O.Progress = ProgressMode::Auto;
    else if (V == "tty") O.Progress = ProgressMode::Tty;
    else if (V == "plain") O.Progress = ProgressMode::Plain;
    else if (V == "none") O.Progress = ProgressMode::None;
    else return "'" + V + "' is not one of: auto, tty, plain, none";
    return "";
  });
  R.value({"--shard"}, [&](const std::string &V) -> std::string {
    llvm::StringRef K, N;
    std::tie(K, N) = llvm::StringRef(V).split('/');
    unsigned Index = 0, Count = 0;
    if (N.empty() || K.getAsInteger(10, Index) || N.getAsInteger(10, Count) || Count == 0 ||
        Index == 0 || Index > Count)
      return "'" + V + "' is not K/N with 1 <= K <= N (e.g. --shard 2/4)";
    O.ShardIndex = Index;
    O.ShardCount = Count;
    return "";
  });
  Result.Error = R.run(O.Filters);
  if (!Result.Error.empty() || Result.Help || Result.Version)
    return Result;
  if (O.Database.empty())
    Result.Error = "missing -p BUILD_DIR (a directory with compile_commands.json, or the file)";
  else
    Result.Error = checkOutputs(O.Out);
  return Result;
}

ParseResult parseMergeOptions(const std::vector<std::string> &Args, MergeOptions &O) {
  ParseResult Result;
  ArgReader R(Args);
  addOutputOptions(R, O.Out);
  R.flag({"-h", "--help"}, [&] { Result.Help = true; });
  R.flag({"--version"}, [&] { Result.Version = true; });
  Result.Error = R.run(O.Inputs);
  if (!Result.Error.empty() || Result.Help || Result.Version)
    return Result;
  if (O.Inputs.empty())
    Result.Error = "merge needs at least one JSON report";
  else
    Result.Error = checkOutputs(O.Out);
  for (const std::string &In : O.Inputs)
    if (Result.Error.empty() && (In == O.Out.JsonOut || In == O.Out.SarifOut))
      Result.Error = "input '" + In + "' is also an output";
  return Result;
}

} // namespace tensorlife::scan
