#include "ScanCommand.h"

#include "AtomicFile.h"
#include "CommandStart.h"
#include "CompilationDb.h"
#include "ConfigCheck.h"
#include "CrossUnit.h"
#include "DirectCache.h"
#include "Hash.h"
#include "Interrupt.h"
#include "Options.h"
#include "Outputs.h"
#include "PathMatch.h"
#include "ProcessPool.h"
#include "Progress.h"
#include "Report.h"
#include "ResultCache.h"
#include "Version.h"
#include "Worker.h"
#include "WorkerJob.h"
#include "version/VersionLine.h"

#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Basic/Version.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/raw_ostream.h"

#include <csignal>
#include <cstdlib>
#include <cstring>
#include <map>
#include <set>
#include <thread>
#include <unistd.h>

using json = nlohmann::json;

namespace tensorlife::scan {
namespace {

int usageError(const std::string &Message) {
  printError(Message + " (see tensorlife-scan --help)");
  return ExitUsage;
}

/// Validates what can be validated before any work: root, configuration, regex, cache dir.
std::string checkSettings(const ScanOptions &Opts, const std::string &Root) {
  if (!llvm::sys::fs::is_directory(Root))
    return "--root '" + Root + "' is not a directory";
  if (!Opts.ConfigFile.empty()) {
    std::string Content, Error;
    if (!readFile(Opts.ConfigFile, Content, Error))
      return "--config-file: " + Error;
    auto Parsed = clang::tidy::parseConfiguration(llvm::MemoryBufferRef(Content, Opts.ConfigFile));
    if (!Parsed)
      return "--config-file: invalid configuration in '" + Opts.ConfigFile +
             "': " + Parsed.getError().message();
  }
  if (Opts.HeaderFilter) {
    std::string Error;
    if (!llvm::Regex(*Opts.HeaderFilter).isValid(Error))
      return "--header-filter: bad regular expression '" + *Opts.HeaderFilter + "': " + Error;
  }
  if (!Opts.CacheDir.empty()) {
    if (std::error_code EC = llvm::sys::fs::create_directories(Opts.CacheDir))
      return "--cache-dir: cannot create '" + Opts.CacheDir + "': " + EC.message();
  }
  return "";
}

/// Warns once per dropped loader flag, with the number of commands it was dropped from.
void warnDroppedFlags(const std::vector<TranslationUnit> &Units) {
  std::map<std::string, std::vector<std::string>> ByFlag;
  for (const TranslationUnit &TU : Units)
    for (const std::string &F : TU.DroppedFlags)
      ByFlag[F].push_back(TU.ReportPath);
  for (const auto &[Flag, Files] : ByFlag)
    printWarning("dropped '" + Flag + "' from the compile command of " + Files.front() +
                 (Files.size() > 1 ? " and " + std::to_string(Files.size() - 1) + " more" : "") +
                 ": it would load code into the analyser");
}

std::string toolIdentity(const std::string &Executable) {
  return std::string(ToolVersion) + "|" + clang::getClangFullVersion() + "|" +
         sha256OfFile(Executable).value_or("unreadable");
}

std::string signalName(int Signal) {
  const char *Name = strsignal(Signal);
  return "signal " + std::to_string(Signal) + (Name ? std::string(" (") + Name + ")" : "");
}

/// "2048 MiB", or bytes below one MiB.
std::string sizeText(unsigned long long Bytes) {
  return Bytes >= (1u << 20) ? std::to_string(Bytes >> 20) + " MiB" : std::to_string(Bytes) + " bytes";
}

Position positionOf(const json &D, const std::string &Root) {
  Position P;
  std::string File = D.at("file").get<std::string>();
  P.File = File.empty() ? "" : reportPath(File, Root);
  P.Line = D.at("line").get<unsigned>();
  P.Column = D.at("column").get<unsigned>();
  P.Offset = D.value("offset", 0u);
  P.LineText = D.at("line_text").get<std::string>();
  return P;
}

std::vector<ReplacementRecord> fixesOf(const json &D, const std::string &Root) {
  std::vector<ReplacementRecord> Fixes;
  for (const json &F : D.value("fixes", json::array()))
    Fixes.push_back({reportPath(F.at("file").get<std::string>(), Root), F.at("offset").get<unsigned>(),
                     F.at("length").get<unsigned>(), F.at("text").get<std::string>()});
  return Fixes;
}

/// A configuration problem, once per message, with the units it concerns.
void addConfigError(Report &R, const std::string &Message, const std::string &Unit) {
  for (ConfigErrorRecord &E : R.ConfigErrors)
    if (E.Message == Message) {
      E.TranslationUnits.push_back(Unit);
      return;
    }
  R.ConfigErrors.push_back({Message, {Unit}});
}

/// Folds a worker's result into the report. Returns an error message for an unreadable result.
std::string ingest(const json &Result, const std::string &Root, const PathGlobs &Excludes,
                   TuRecord &TU, Report &R, std::set<std::string> &Excluded) {
  try {
    TU.Status = Result.at("status").get<std::string>();
    TU.Reason = Result.at("reason").get<std::string>();
    TU.Cache = Result.value("cache", "off");
    for (const json &E : Result.value("config_errors", json::array()))
      addConfigError(R, E.get<std::string>(), TU.File);
    for (const json &D : Result.at("findings")) {
      FindingRecord F;
      F.At = positionOf(D, Root);
      if (!F.At.File.empty() && Excludes.matches(F.At.File)) {
        // Counted once, however many units report it (a header's).
        Excluded.insert(F.At.File + ":" + std::to_string(F.At.Line) + ":" +
                        std::to_string(F.At.Column) + ":" + D.at("check").get<std::string>() + ":" +
                        D.at("message").get<std::string>());
        continue;
      }
      F.Check = D.at("check").get<std::string>();
      F.Severity = (D.at("level") == "error" || D.at("warning_as_error").get<bool>()) ? "error" : "warning";
      F.Message = D.at("message").get<std::string>();
      for (const json &N : D.at("notes"))
        F.Notes.push_back({positionOf(N, Root), N.at("message").get<std::string>(), fixesOf(N, Root)});
      F.Fixes = fixesOf(D, Root);
      F.TranslationUnit = TU.File;
      F.Text = D.at("text").get<std::string>();
      R.Findings.push_back(std::move(F));
      ++TU.Findings;
    }
    for (const json &D : Result.at("errors"))
      TU.Errors.push_back({positionOf(D, Root), D.at("message").get<std::string>(), D.at("text").get<std::string>()});
    for (const json &C : Result.at("checks"))
      R.Checks.push_back(C.get<std::string>());
    for (const json &M : Result.at("models")) {
      ModelRecord Rec;
      Rec.Kind = M.at("kind").get<std::string>();
      Rec.Path = reportPath(M.at("path").get<std::string>(), Root);
      if (!M.at("sha256").is_null())
        Rec.Sha256 = M["sha256"].get<std::string>();
      Rec.Facts = M.value("facts", 0u);
      Rec.OptionValue = M.value("option_value", "");
      R.Models.push_back(std::move(Rec));
    }
    TU.Suppressed = Result.at("suppressed").get<std::map<std::string, unsigned>>();
  } catch (const json::exception &E) {
    return std::string("unreadable worker result: ") + E.what();
  }
  return "";
}

} // namespace

int runScan(const char *Argv0, const std::vector<std::string> &Args) {
  ScanOptions Opts;
  if (auto Exit = startCommand(parseScanOptions(Args, Opts), scanUsage(), "tensorlife-scan"))
    return *Exit;

  llvm::SmallString<256> CwdBuffer;
  if (std::error_code EC = llvm::sys::fs::current_path(CwdBuffer)) {
    printError("cannot get the current directory: " + EC.message());
    return ExitUsage;
  }
  std::string Cwd(CwdBuffer);
  std::string Root = normalizePath(Opts.Root.empty() ? Cwd : Opts.Root, Cwd);
  if (std::string Error = checkSettings(Opts, Root); !Error.empty())
    return usageError(Error);

  // Summaries of other scans: read before anything is analysed, a bad file is an error.
  std::vector<Definition> FromFiles;
  for (const std::string &File : Opts.Summaries)
    if (std::string Error = readSummaryFile(File, FromFiles); !Error.empty()) {
      printError("--summaries: " + Error);
      return ExitUsage;
    }

  Selection Sel;
  if (std::string Error = selectTranslationUnits(Opts, Root, Cwd, Sel); !Error.empty()) {
    printError(Error);
    return ExitUsage;
  }
  std::vector<std::string> Baseline;
  if (std::string Error = prepareOutputs(Opts.Out, Baseline); !Error.empty()) {
    printError(Error);
    return ExitUsage;
  }
  warnDroppedFlags(Sel.Units);

  Report R;
  R.ToolVersion = ToolVersion;
  R.LlvmVersion = LLVM_VERSION_STRING;
  R.Root = Root;
  R.Database = Sel.DatabasePath;
  R.ShardIndex = Opts.ShardIndex;
  R.ShardCount = Opts.ShardCount;
  R.SelectedUnits = Sel.Units.size() + Sel.OtherShards;

  // A configuration that is broken, or enables nothing of tensorlife, would give a report that
  // says less than it seems to: nothing is analysed.
  std::string ConfigFile = Opts.ConfigFile.empty() ? "" : normalizePath(Opts.ConfigFile, Cwd);
  std::vector<UnitConfig> Configs;
  std::string ConfigError;
  R.ConfigErrors = checkConfiguration(Sel.Units, {ConfigFile, Opts.Checks, Opts.HeaderFilter},
                                      Configs, ConfigError);
  if (!ConfigError.empty())
    return usageError("--config-file: " + ConfigError);
  if (!R.ConfigErrors.empty()) {
    finalize(R);
    return emitReport(R, Opts.Out, Opts.Out.Baseline.empty() ? nullptr : &Baseline);
  }

  std::string Executable = llvm::sys::fs::getMainExecutable(Argv0, reinterpret_cast<void *>(&runScan));
  llvm::SmallString<256> TempDir;
  if (std::error_code EC = llvm::sys::fs::createUniqueDirectory("tensorlife-scan", TempDir)) {
    printError("cannot create a temporary directory: " + EC.message());
    return ExitUsage;
  }
  std::string ToolId = Opts.CacheDir.empty() ? "" : toolIdentity(Executable);
  std::string CacheDir = Opts.CacheDir.empty() ? "" : normalizePath(Opts.CacheDir, Cwd);
  std::optional<ResultCache> Cache;
  if (!CacheDir.empty())
    Cache.emplace(CacheDir);

  PathGlobs Excludes;
  for (const std::string &E : Opts.Excludes)
    Excludes.add(E); // validated by selectTranslationUnits

  for (const TranslationUnit &TU : Sel.Units) {
    TuRecord Rec;
    Rec.File = TU.ReportPath;
    Rec.Directory = TU.Directory;
    Rec.Status = "interrupted";
    Rec.Reason = "the scan was interrupted before this unit was analysed";
    Rec.DroppedFlags = TU.DroppedFlags;
    R.Units.push_back(std::move(Rec));
  }
  // Each unit's latest result (folded into the report at the end), and for the analysis across
  // units what it defines and calls, and the summaries its latest analysis used.
  const size_t NumUnits = Sel.Units.size();
  std::vector<std::optional<json>> Results(NumUnits);
  std::vector<bool> Direct(NumUnits);
  std::vector<std::string> LogPaths(NumUnits);
  std::vector<std::optional<UnitSummaries>> Defined(NumUnits);
  std::vector<std::map<FunctionKey, std::vector<std::string>>> Used(NumUnits);
  const bool CrossUnit = !Opts.SinglePhase;
  const bool Summarise = CrossUnit || !Opts.Out.ExportModel.empty();

  // Crash reports from workers: the stack without symbolization (fast, no llvm-symbolizer run).
  ::setenv("LLVM_DISABLE_SYMBOLIZATION", "1", 1);
  installInterruptHandlers();
  unsigned Jobs = Opts.Jobs ? Opts.Jobs : std::max(1u, std::thread::hardware_concurrency());
  size_t FindingsSoFar = 0, NotAnalysed = 0;

  // One analysis of the units \p Todo, each with the summaries in Used. Returns an error that
  // stops the scan, or "".
  auto RunRound = [&](const std::vector<size_t> &Todo, unsigned Round) -> std::string {
    std::vector<WorkerRun> Runs;
    std::vector<std::string> ResultPaths;
    std::vector<size_t> UnitOfRun; // Runs[K] analyses unit UnitOfRun[K]
    for (size_t I : Todo) {
      const TranslationUnit &TU = Sel.Units[I];
      std::string Base =
          (TempDir + "/unit-" + std::to_string(I) + "-" + std::to_string(Round)).str();
      std::string SummariesFile, SummariesText;
      if (!Used[I].empty()) {
        SummariesFile = Base + ".summaries.json";
        SummariesText = summaryModel(Used[I]).dump();
        if (std::string Error = writeFileAtomically(SummariesFile, SummariesText); !Error.empty())
          return Error;
      }
      std::string DirectKey;
      if (Cache) {
        // A unit is analysed again when a summary it used changed.
        std::vector<std::pair<std::string, std::string>> Models = Configs[I].ModelFiles;
        if (Summarise)
          Models.push_back({"<cross-unit summaries>", sha256Hex(SummariesText)});
        DirectKey = directKey({ToolId, TU.File, TU.Directory, TU.Arguments, Configs[I].OptionsText,
                               Models});
        // A hit in direct mode: no worker, nothing preprocessed.
        if (auto Hit = lookupDirect(*Cache, DirectKey)) {
          json Result = json::parse(*Hit, nullptr, false);
          if (!Result.is_discarded() && Result.is_object()) {
            Results[I] = std::move(Result);
            Direct[I] = true;
            continue;
          }
        }
      }
      WorkerJob Job;
      Job.File = TU.File;
      Job.Directory = TU.Directory;
      Job.Arguments = TU.Arguments;
      Job.ResultPath = Base + ".result.json";
      Job.ConfigFile = ConfigFile;
      Job.Checks = Opts.Checks;
      Job.HeaderFilter = Opts.HeaderFilter;
      Job.CacheDir = CacheDir;
      Job.DirectKey = DirectKey;
      Job.ParentPid = ::getpid();
      Job.SummariesFile = SummariesFile;
      Job.Summarise = Summarise;
      if (std::string Error = writeFileAtomically(Base + ".job.json", toJson(Job).dump());
          !Error.empty())
        return Error;
      Runs.push_back({{Executable, "--worker", Base + ".job.json"}, Base + ".log"});
      ResultPaths.push_back(Job.ResultPath);
      UnitOfRun.push_back(I);
    }

    Progress Bar(Opts.Progress, Opts.ProgressInterval, Todo.size());
    size_t Done = Todo.size() - Runs.size();
    auto OnDone = [&](size_t K, const WorkerOutcome &O) {
      size_t I = UnitOfRun[K];
      TuRecord &TU = R.Units[I];
      TU.Seconds += O.Seconds;
      LogPaths[I] = Runs[K].LogPath;
      auto Failed = [&](std::string Status, std::string Reason) {
        TU.Status = std::move(Status);
        TU.Reason = std::move(Reason);
        Results[I].reset();
        Direct[I] = false;
      };
      switch (O.What) {
      case WorkerOutcome::Interrupted:
        return; // what an earlier round found stands
      case WorkerOutcome::TimedOut:
        Failed("timed_out",
               "exceeded --timeout of " + llvm::formatv("{0}", Opts.TimeoutSeconds).str() + " s");
        break;
      case WorkerOutcome::SpawnFailed:
        Failed("crashed", O.Error);
        break;
      case WorkerOutcome::Signaled: {
        std::string Reason = "the analysis was terminated by " + signalName(O.Signal);
        if (std::string Log = logTail(Runs[K].LogPath); !Log.empty())
          Reason += "\n" + Log;
        Failed("crashed", Reason);
        break;
      }
      case WorkerOutcome::Exited: {
        if (O.ExitCode == WorkerExitOutOfMemory) {
          Failed("out_of_memory", Opts.MaxMemoryBytes
                                      ? "exceeded --max-memory of " + sizeText(Opts.MaxMemoryBytes)
                                      : std::string("the analysis ran out of memory"));
          break;
        }
        std::string Content, Error;
        json Result;
        if (O.ExitCode == 0 && readFile(ResultPaths[K], Content, Error)) {
          Result = json::parse(Content, nullptr, false);
          if (Result.is_discarded() || !Result.is_object())
            Error = "unreadable worker result";
        } else {
          Error = "the analysis ended with exit status " + std::to_string(O.ExitCode) +
                  " and no result";
        }
        if (!Error.empty()) {
          if (std::string Log = logTail(Runs[K].LogPath); !Log.empty())
            Error += "\n" + Log;
          Failed("crashed", Error);
        } else {
          Results[I] = std::move(Result);
          Direct[I] = false;
          FindingsSoFar += (*Results[I]).value("findings", json::array()).size();
        }
        break;
      }
      }
      ++Done;
      NotAnalysed += !Results[I] || (*Results[I]).value("status", "") != "analysed";
    };
    runWorkers(Runs, Jobs, Opts.TimeoutSeconds, Opts.MaxMemoryBytes, OnDone,
               [&] { Bar.update(Done, FindingsSoFar, NotAnalysed); }, interruptRequested);
    Bar.finish(Done, FindingsSoFar, NotAnalysed);
    // What each unit defines and calls, from its latest analysis.
    for (size_t I : Todo) {
      Defined[I].reset();
      if (!Results[I] || (*Results[I]).value("status", "") != "analysed" ||
          !Results[I]->contains("cross_unit"))
        continue;
      UnitSummaries U;
      if (unitSummariesFromJson((*Results[I])["cross_unit"], R.Units[I].File, U).empty())
        Defined[I] = std::move(U);
    }
    return "";
  };

  std::vector<size_t> All(NumUnits);
  for (size_t I = 0; I < NumUnits; ++I)
    All[I] = I;
  std::string RoundError = RunRound(All, 1);
  SummaryTable Table;
  if (Summarise)
    Table = buildSummaryTable(Defined, FromFiles);
  if (CrossUnit) {
    CrossUnitRecord X;
    X.Rounds = 1;
    X.SummaryFiles = Opts.Summaries;
    // Analysed again: the units whose summaries of other units' functions changed, until none.
    while (RoundError.empty() && !interruptRequested()) {
      std::vector<size_t> Todo;
      std::vector<std::map<FunctionKey, std::vector<std::string>>> Next(NumUnits);
      for (size_t I = 0; I < NumUnits; ++I)
        if (Defined[I]) {
          Next[I] = summariesUsedBy(*Defined[I], Table);
          if (Next[I] != Used[I])
            Todo.push_back(I);
        }
      if (Todo.empty())
        break;
      if (X.Rounds == MaxSummaryRounds) {
        X.Converged = false;
        printWarning("summaries across translation units still changed after " +
                     std::to_string(MaxSummaryRounds) +
                     " analyses: the deepest helpers of longer call chains stay unknown");
        break;
      }
      for (size_t I : Todo)
        Used[I] = std::move(Next[I]);
      ++X.Rounds;
      X.Reanalysed += Todo.size();
      RoundError = RunRound(Todo, X.Rounds);
      Table = buildSummaryTable(Defined, FromFiles);
    }
    X.Summaries = Table.Agreed.size();
    for (const SummaryConflict &C : Table.Conflicts) {
      CrossUnitRecord::Conflict K{C.Key.Name, C.Key.Params, {}};
      std::string Sources;
      for (const Definition &D : C.Definitions) {
        K.Definitions.push_back({D.Source, D.Facts});
        Sources += (Sources.empty() ? "" : ", ") + D.Source + " [" + llvm::join(D.Facts, ", ") + "]";
      }
      printWarning("function " + C.Key.text() + " has different summaries: " + Sources +
                   "; it stays unknown to its callers");
      X.Conflicts.push_back(std::move(K));
    }
    R.CrossUnit = std::move(X);
  }
  if (!Opts.Out.ExportModel.empty()) {
    std::map<FunctionKey, std::string> Comments;
    for (const auto &[Key, Sources] : Table.DefinedBy)
      Comments[Key] = "defined in " + Sources.front();
    R.SummaryModel = summaryModel(Table.Agreed, Comments);
  }
  if (!RoundError.empty()) {
    printError(RoundError);
    llvm::sys::fs::remove_directories(TempDir);
    return ExitUsage;
  }

  // The latest result of each unit goes into the report.
  std::set<std::string> ExcludedFindings;
  for (size_t I = 0; I < NumUnits; ++I) {
    TuRecord &TU = R.Units[I];
    if (!Results[I])
      continue;
    if (std::string Error = ingest(*Results[I], Root, Excludes, TU, R, ExcludedFindings);
        !Error.empty()) {
      TU.Status = "crashed";
      TU.Reason = Error;
      if (std::string Log = logTail(LogPaths[I]); !LogPaths[I].empty() && !Log.empty())
        TU.Reason += "\n" + Log;
      continue;
    }
    if (Direct[I])
      TU.Cache = "direct";
    if (TU.Status == "failed_to_parse" && TU.Errors.empty() && !LogPaths[I].empty())
      if (std::string Log = logTail(LogPaths[I]); !Log.empty())
        TU.Reason += "\n" + Log;
  }
  llvm::sys::fs::remove_directories(TempDir);
  if (Cache)
    if (std::string Error = Cache->prune(Opts.CacheSizeBytes); !Error.empty())
      printWarning(Error);

  size_t Done = 0;
  for (const TuRecord &TU : R.Units)
    Done += TU.Status != "interrupted";
  R.ExcludedFindings = ExcludedFindings.size();
  R.Interrupted = interruptRequested();
  if (R.Interrupted)
    printWarning("interrupted: writing the results of the " + std::to_string(Done) +
                 " translation units analysed so far");
  finalize(R);
  return emitReport(R, Opts.Out, Opts.Out.Baseline.empty() ? nullptr : &Baseline);
}

} // namespace tensorlife::scan
