#include "Options.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"

#include <cerrno>
#include <cmath>
#include <cctype>
#include <cstdlib>
#include <initializer_list>
#include <tuple>

namespace tensorlife::scan {
namespace {

namespace cl = llvm::cl;

/// The options of one parse live in a function's frame. The global registry of llvm::cl is
/// emptied before they are made (the options of the libraries linked in are not the scan's), and
/// by this, declared after them, before they are gone (it resets the options it holds).
struct ClRegistryRelease {
  ~ClRegistryRelease() { cl::ResetCommandLineParser(); }
};

/// llvm::cl's complaints ("prog: for the --json option: requires a value!") in the scan's words.
std::string reword(const std::string &ClErrors) {
  std::string Out;
  llvm::StringRef Rest(ClErrors);
  while (!Rest.empty()) {
    auto [Line, Tail] = Rest.split('\n');
    Rest = Tail;
    Line = Line.trim();
    Line.consume_front("tensorlife-scan: ");
    if (Line.empty())
      continue;
    std::string Text;
    if (Line.consume_front("Unknown command line argument ")) {
      Text = "unknown option " + Line.split(".  Try:").first.str();
    } else if (Line.consume_front("Did you mean ")) {
      Text = "(did you mean " + Line.rtrim('?').str() + "?)";
    } else if (Line.consume_front("for the ")) {
      auto [Name, Message] = Line.split(" option: ");
      Message = Message.rtrim('!');
      Text = Message == "requires a value" ? "option '" + Name.str() + "' needs a value"
                                           : "option '" + Name.str() + "': " + Message.str();
    } else {
      Text = Line.str();
    }
    Out += (Out.empty() ? "" : " ") + Text;
  }
  return Out.empty() ? "invalid command line" : Out;
}

/// Parses \p Args with the options registered in the caller's frame; `@file` arguments are
/// expanded (cl::ExpandResponseFiles, inside ParseCommandLineOptions). Returns an error or "".
std::string parseArgs(const std::vector<std::string> &Args) {
  // The one mistake llvm::cl reports straight to stderr rather than to its error stream.
  if (!Args.empty() && Args.back() != "--" && llvm::StringRef(Args.back()).starts_with("-")) {
    llvm::StringRef Name = llvm::StringRef(Args.back()).ltrim('-');
    auto &Registered = cl::getRegisteredOptions();
    auto It = Registered.find(Name);
    if (!Name.contains('=') && It != Registered.end() &&
        It->second->getValueExpectedFlag() == cl::ValueRequired)
      return "option '" + std::string(Name.size() == 1 ? "-" : "--") + Name.str() + "' needs a value";
  }
  std::vector<const char *> Argv{"tensorlife-scan"};
  for (const std::string &A : Args)
    Argv.push_back(A.c_str());
  std::string Errors;
  llvm::raw_string_ostream OS(Errors);
  if (!cl::ParseCommandLineOptions(Argv.size(), Argv.data(), "", &OS))
    return reword(OS.str());
  return "";
}

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

/// "500m", "2g", "1048576": bytes.
std::string parseSize(const std::string &Text, uint64_t &Out) {
  llvm::StringRef T(Text);
  uint64_t Unit = 1;
  if (!T.empty()) {
    switch (std::tolower(static_cast<unsigned char>(T.back()))) {
    case 'k': Unit = 1ull << 10; break;
    case 'm': Unit = 1ull << 20; break;
    case 'g': Unit = 1ull << 30; break;
    }
    if (Unit != 1)
      T = T.drop_back();
  }
  uint64_t N = 0;
  if (T.empty() || T.getAsInteger(10, N) || N == 0 || N > (UINT64_MAX >> 30))
    return "'" + Text + "' is not a size (bytes, or a number with k, m or g)";
  Out = N * Unit;
  return "";
}

std::string path(const char *Option, const cl::opt<std::string> &Value, std::string &Out) {
  if (!Value.getNumOccurrences())
    return "";
  if (Value.empty())
    return "option '--" + std::string(Option) + "': empty path";
  Out = Value;
  return "";
}

using PathField = std::tuple<const char *, cl::opt<std::string> *, std::string *>;

/// The options a scan and a merge share: what goes out.
struct OutputFlags {
  // cl::ZeroOrMore: given twice, the last one counts.
  cl::opt<std::string> Json{"json", cl::ZeroOrMore}, Sarif{"sarif", cl::ZeroOrMore},
      ExportFixes{"export-fixes", cl::ZeroOrMore}, Html{"html", cl::ZeroOrMore},
      Baseline{"baseline", cl::ZeroOrMore}, ExportModel{"export-model", cl::ZeroOrMore},
      Format{"format", cl::ZeroOrMore};
  cl::opt<bool> FailOnIncomplete{"fail-on-incomplete", cl::ZeroOrMore};

  std::string read(OutputOptions &O) {
    for (auto [Name, Flag, Out] : std::initializer_list<PathField>{
             {"json", &Json, &O.JsonOut},
             {"sarif", &Sarif, &O.SarifOut},
             {"export-fixes", &ExportFixes, &O.ExportFixes},
             {"html", &Html, &O.HtmlDir},
             {"baseline", &Baseline, &O.Baseline},
             {"export-model", &ExportModel, &O.ExportModel}})
      if (std::string Error = path(Name, *Flag, *Out); !Error.empty())
        return Error;
    O.FailOnIncomplete = FailOnIncomplete;
    std::vector<const std::string *> ToStdout;
    for (const std::string *P : {&O.JsonOut, &O.SarifOut, &O.ExportFixes, &O.ExportModel})
      if (*P == "-")
        ToStdout.push_back(P);
    if (ToStdout.size() > 1)
      return "only one of --json, --sarif, --export-fixes and --export-model can be '-' (stdout)";
    if (!Format.getNumOccurrences()) {
      O.Format = ToStdout.empty() ? TextFormat::Text : TextFormat::None;
    } else if (Format == "text") {
      O.Format = TextFormat::Text;
      if (!ToStdout.empty())
        return "--format text and a report on stdout ('-') cannot share it; add --format none";
    } else if (Format == "none") {
      O.Format = TextFormat::None;
    } else {
      return "option '--format': '" + Format + "' is not one of: text, none";
    }
    const std::string *Outputs[] = {&O.JsonOut, &O.SarifOut, &O.ExportFixes, &O.ExportModel};
    for (size_t I = 0; I < 4; ++I)
      for (size_t J = I + 1; J < 4; ++J)
        if (!Outputs[I]->empty() && *Outputs[I] != "-" && *Outputs[I] == *Outputs[J])
          return "two outputs name the same file '" + *Outputs[I] + "'";
    if (!O.Baseline.empty() && (O.Baseline == O.JsonOut || O.Baseline == O.SarifOut ||
                                O.Baseline == O.ExportFixes || O.Baseline == O.ExportModel))
      return "--baseline '" + O.Baseline + "' is also an output; write the new report elsewhere";
    return "";
  }
};

/// --help and --version are answered before llvm::cl sees them: its own would print its help.
bool helpOrVersion(const std::vector<std::string> &Args, ParseResult &Result) {
  for (const std::string &A : Args) {
    if (A == "--")
      break;
    Result.Help |= A == "-h" || A == "-help" || A == "--help";
    Result.Version |= A == "-version" || A == "--version";
  }
  return Result.Help || Result.Version;
}

/// A response file that does not exist is left on the command line by llvm::cl, as `@name`.
std::string checkResponseFiles(const std::vector<std::string> &Positional) {
  for (const std::string &P : Positional)
    if (llvm::StringRef(P).starts_with("@"))
      return "cannot read response file '" + P.substr(1) + "'";
  return "";
}

} // namespace

const char *scanUsage() {
  return R"(usage: tensorlife-scan -p BUILD_DIR|compile_commands.json [options] [FILE|DIR|GLOB ...]
       tensorlife-scan merge [options] REPORT.json ...      (see tensorlife-scan merge --help)

Runs the tensorlife clang-tidy checks (and whatever else the project's .clang-tidy enables) over
every translation unit of a compilation database, in parallel, each in its own worker process.
Positional arguments restrict the scan to matching files. Options are spelled as in clang-tidy
(-checks=X, --checks X, -p=DIR, @file.rsp). Full documentation: docs/scan.md.

Inputs:
  -p, --compile-commands PATH  build directory holding compile_commands.json, or the file itself
  --root DIR                   project root; report paths are relative to it (default: current dir)
  --exclude GLOB               skip translation units and drop findings whose path matches GLOB
                               (matched against the report path: relative inside the root,
                               absolute outside it, so '/*' excludes everything outside the root);
                               repeatable
  --header-filter REGEX        report findings in headers matching REGEX (clang-tidy's option)
  --checks GLOBS               appended to the configuration's checks (clang-tidy's --checks)
  --config-file FILE           use this clang-tidy configuration instead of .clang-tidy files
  --shard K/N                  analyse only the K-th of N slices of the translation units

Outputs ('-' for stdout; then --format defaults to none):
  --json FILE                  JSON report (docs/scan-report.schema.json)
  --sarif FILE                 SARIF 2.1.0 report
  --export-fixes FILE          clang-tidy's fixes YAML (for clang-apply-replacements, CodeChecker)
  --html DIR                   browsable HTML report: DIR/index.html and a page per source file
  --format text|none           stdout: diagnostics in clang-tidy's format (default) or nothing
  --baseline FILE              report only findings whose fingerprint is not in this JSON report
  --export-model FILE          the summaries of the functions the scanned units define, as a
                               model file (for ModelFiles, or --summaries of another scan)

Across translation units:
  --summaries FILE             summaries written by --export-model (of other shards, say), for
                               the functions no scanned unit defines; repeatable, or FILE,FILE
  --single-phase               analyse each unit once, on its own (no summaries across units)

Running:
  -j, --jobs N                 parallel workers (default: number of cores)
  --timeout SECONDS            per translation unit, 0 for none (default: 600)
  --max-memory SIZE            address space per worker, e.g. 4G or 512M (default: no limit); a
                               unit that needs more is recorded as out_of_memory
  --cache-dir DIR              reuse results of unchanged translation units
  --cache-size SIZE            prune the least recently used cache entries beyond SIZE
                               (bytes, or with k, m, g; default: 1g)
  --progress auto|tty|plain|none  progress on stderr (default auto: tty line on a terminal,
                               plain lines otherwise)
  --progress-interval SECONDS  seconds between plain progress lines (default: 10)
  --fail-on-incomplete         exit 3 when no finding but some translation unit was not analysed
  -h, --help, --version

Exit codes: 0 no findings, 1 findings, 2 usage, configuration or I/O error, 3 incomplete (with
--fail-on-incomplete), 130 interrupted (reports hold what was done).
)";
}

const char *mergeUsage() {
  return R"(usage: tensorlife-scan merge [--json FILE] [--sarif FILE] [--export-fixes FILE] [--html DIR]
                             [--format text|none] [--baseline FILE] [--fail-on-incomplete]
                             REPORT.json ...
       tensorlife-scan merge --export-model FILE SUMMARIES.json ...

Joins JSON reports of a scan split with --shard K/N (or of separate scans of one project) into one
report: translation units and findings are joined, findings seen by several reports counted once,
and fingerprints recomputed over the whole. Missing shards make the result incomplete. Exit codes
as for a scan.

Given summaries files (written by --export-model), joins them into one (for --summaries):
functions whose summaries differ between the files are reported and left out.
)";
}

ParseResult parseScanOptions(const std::vector<std::string> &Args, ScanOptions &O) {
  cl::ResetCommandLineParser();
  OutputFlags Out;
  // -p and -j also take their value glued on (-pbuild, -j4); every long option takes one or two
  // dashes and `=value` or the next argument, as in clang-tidy.
  cl::opt<std::string> Database{"p", cl::Prefix, cl::ZeroOrMore};
  cl::alias DatabaseLong{"compile-commands", cl::aliasopt(Database)};
  cl::opt<std::string> Jobs{"j", cl::Prefix, cl::ZeroOrMore};
  cl::alias JobsLong{"jobs", cl::aliasopt(Jobs)};
  cl::opt<std::string> CacheDir{"cache-dir", cl::ZeroOrMore}, CacheSize{"cache-size", cl::ZeroOrMore},
      MaxMemory{"max-memory", cl::ZeroOrMore},
      Root{"root", cl::ZeroOrMore}, ConfigFile{"config-file", cl::ZeroOrMore},
      Checks{"checks", cl::ZeroOrMore}, HeaderFilter{"header-filter", cl::ZeroOrMore},
      Timeout{"timeout", cl::ZeroOrMore}, Progress{"progress", cl::ZeroOrMore},
      ProgressInterval{"progress-interval", cl::ZeroOrMore}, Shard{"shard", cl::ZeroOrMore};
  cl::list<std::string> Excludes{"exclude"};
  cl::list<std::string> Summaries{"summaries", cl::CommaSeparated};
  cl::opt<bool> SinglePhase{"single-phase", cl::ZeroOrMore};
  cl::list<std::string> Filters{cl::Positional};
  ClRegistryRelease Release;

  ParseResult Result;
  auto Fail = [&](std::string Error) {
    Result.Error = std::move(Error);
    return Result;
  };
  if (helpOrVersion(Args, Result))
    return Result;
  if (std::string Error = parseArgs(Args); !Error.empty())
    return Fail(Error);
  if (std::string Error = Out.read(O.Out); !Error.empty())
    return Fail(Error);
  for (auto [Name, Flag, Target] : std::initializer_list<PathField>{
           {"compile-commands", &Database, &O.Database},
           {"cache-dir", &CacheDir, &O.CacheDir},
           {"root", &Root, &O.Root},
           {"config-file", &ConfigFile, &O.ConfigFile}})
    if (std::string Error = path(Name, *Flag, *Target); !Error.empty())
      return Fail(Error);
  if (Jobs.getNumOccurrences())
    if (std::string Error = parseUnsigned(Jobs, O.Jobs, 1); !Error.empty())
      return Fail("option '--jobs': " + Error);
  if (MaxMemory.getNumOccurrences())
    if (std::string Error = parseSize(MaxMemory, O.MaxMemoryBytes); !Error.empty())
      return Fail("option '--max-memory': " + Error);
  if (CacheSize.getNumOccurrences())
    if (std::string Error = parseSize(CacheSize, O.CacheSizeBytes); !Error.empty())
      return Fail("option '--cache-size': " + Error);
  if (Timeout.getNumOccurrences())
    if (std::string Error = parseSeconds(Timeout, O.TimeoutSeconds); !Error.empty())
      return Fail("option '--timeout': " + Error);
  if (ProgressInterval.getNumOccurrences())
    if (std::string Error = parseSeconds(ProgressInterval, O.ProgressInterval); !Error.empty())
      return Fail("option '--progress-interval': " + Error);
  if (Checks.getNumOccurrences())
    O.Checks = Checks;
  if (HeaderFilter.getNumOccurrences())
    O.HeaderFilter = HeaderFilter;
  for (const std::string &E : Excludes) {
    if (E.empty())
      return Fail("option '--exclude': empty pattern");
    O.Excludes.push_back(E);
  }
  if (Progress.getNumOccurrences()) {
    if (Progress == "auto") O.Progress = ProgressMode::Auto;
    else if (Progress == "tty") O.Progress = ProgressMode::Tty;
    else if (Progress == "plain") O.Progress = ProgressMode::Plain;
    else if (Progress == "none") O.Progress = ProgressMode::None;
    else return Fail("option '--progress': '" + Progress + "' is not one of: auto, tty, plain, none");
  }
  if (Shard.getNumOccurrences()) {
    llvm::StringRef K, N;
    std::tie(K, N) = llvm::StringRef(Shard).split('/');
    unsigned Index = 0, Count = 0;
    if (N.empty() || K.getAsInteger(10, Index) || N.getAsInteger(10, Count) || Count == 0 ||
        Index == 0 || Index > Count)
      return Fail("option '--shard': '" + Shard + "' is not K/N with 1 <= K <= N (e.g. --shard 2/4)");
    O.ShardIndex = Index;
    O.ShardCount = Count;
  }
  for (const std::string &S : Summaries) {
    if (S.empty())
      return Fail("option '--summaries': empty path");
    O.Summaries.push_back(S);
  }
  O.SinglePhase = SinglePhase;
  if (O.SinglePhase && !O.Summaries.empty())
    return Fail("--summaries are used by the analysis across units, which --single-phase turns "
                "off; drop one of them");
  O.Filters.assign(Filters.begin(), Filters.end());
  if (std::string Error = checkResponseFiles(O.Filters); !Error.empty())
    return Fail(Error);
  if (O.Database.empty())
    return Fail("missing -p BUILD_DIR (a directory with compile_commands.json, or the file)");
  return Result;
}

ParseResult parseMergeOptions(const std::vector<std::string> &Args, MergeOptions &O) {
  cl::ResetCommandLineParser();
  OutputFlags Out;
  cl::list<std::string> Inputs{cl::Positional};
  ClRegistryRelease Release;
  ParseResult Result;
  if (helpOrVersion(Args, Result))
    return Result;
  Result.Error = parseArgs(Args);
  if (!Result.Error.empty())
    return Result;
  Result.Error = Out.read(O.Out);
  O.Inputs.assign(Inputs.begin(), Inputs.end());
  if (Result.Error.empty())
    Result.Error = checkResponseFiles(O.Inputs);
  if (Result.Error.empty() && O.Inputs.empty())
    Result.Error = "merge needs at least one JSON report";
  for (const std::string &In : O.Inputs)
    if (Result.Error.empty() &&
        (In == O.Out.JsonOut || In == O.Out.SarifOut || In == O.Out.ExportModel))
      Result.Error = "input '" + In + "' is also an output";
  return Result;
}

} // namespace tensorlife::scan
