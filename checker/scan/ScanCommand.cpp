#include "ScanCommand.h"

#include "AtomicFile.h"
#include "CommandStart.h"
#include "CompilationDb.h"
#include "ConfigCheck.h"
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

  std::set<std::string> ExcludedFindings;
  std::vector<WorkerRun> Runs;
  std::vector<std::string> ResultPaths;
  std::vector<size_t> UnitOfRun; // Runs[I] analyses R.Units[UnitOfRun[I]]
  for (size_t I = 0; I < Sel.Units.size(); ++I) {
    const TranslationUnit &TU = Sel.Units[I];
    TuRecord Rec;
    Rec.File = TU.ReportPath;
    Rec.Directory = TU.Directory;
    Rec.Status = "interrupted";
    Rec.DroppedFlags = TU.DroppedFlags;
    R.Units.push_back(std::move(Rec));

    std::string DirectKey;
    if (Cache) {
      DirectKey = directKey({ToolId, TU.File, TU.Directory, TU.Arguments, Configs[I].OptionsText,
                             Configs[I].ModelFiles});
      // A hit in direct mode: no worker, nothing preprocessed.
      if (auto Hit = lookupDirect(*Cache, DirectKey)) {
        json Result = json::parse(*Hit, nullptr, false);
        size_t Findings = R.Findings.size();
        if (!Result.is_discarded() && Result.is_object() &&
            ingest(Result, Root, Excludes, R.Units.back(), R, ExcludedFindings).empty()) {
          R.Units.back().Cache = "direct";
          continue;
        }
        R.Findings.resize(Findings); // an unreadable entry: analysed as if not there
        TuRecord &Unit = R.Units.back();
        Unit.Status = "interrupted";
        Unit.Findings = 0;
        Unit.Errors.clear();
      }
    }
    std::string Base = (TempDir + "/unit-" + std::to_string(I)).str();
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
    if (std::string Error = writeFileAtomically(Base + ".job.json", toJson(Job).dump()); !Error.empty()) {
      printError(Error);
      llvm::sys::fs::remove_directories(TempDir);
      return ExitUsage;
    }
    Runs.push_back({{Executable, "--worker", Base + ".job.json"}, Base + ".log"});
    ResultPaths.push_back(Job.ResultPath);
    UnitOfRun.push_back(I);
  }

  // Crash reports from workers: the stack without symbolization (fast, no llvm-symbolizer run).
  ::setenv("LLVM_DISABLE_SYMBOLIZATION", "1", 1);
  installInterruptHandlers();
  unsigned Jobs = Opts.Jobs ? Opts.Jobs : std::max(1u, std::thread::hardware_concurrency());
  Progress Bar(Opts.Progress, Opts.ProgressInterval, R.Units.size());
  size_t Done = R.Units.size() - Runs.size(), NotAnalysed = 0;

  auto OnDone = [&](size_t I, const WorkerOutcome &O) {
    TuRecord &TU = R.Units[UnitOfRun[I]];
    TU.Seconds = O.Seconds;
    switch (O.What) {
    case WorkerOutcome::Interrupted:
      TU.Status = "interrupted";
      TU.Reason = "the scan was interrupted before this unit was analysed";
      return;
    case WorkerOutcome::TimedOut:
      TU.Status = "timed_out";
      TU.Reason = "exceeded --timeout of " + llvm::formatv("{0}", Opts.TimeoutSeconds).str() + " s";
      break;
    case WorkerOutcome::SpawnFailed:
      TU.Status = "crashed";
      TU.Reason = O.Error;
      break;
    case WorkerOutcome::Signaled:
      TU.Status = "crashed";
      TU.Reason = "the analysis was terminated by " + signalName(O.Signal);
      if (std::string Log = logTail(Runs[I].LogPath); !Log.empty())
        TU.Reason += "\n" + Log;
      break;
    case WorkerOutcome::Exited: {
      if (O.ExitCode == WorkerExitOutOfMemory) {
        TU.Status = "out_of_memory";
        TU.Reason = Opts.MaxMemoryBytes ? "exceeded --max-memory of " + sizeText(Opts.MaxMemoryBytes)
                                        : std::string("the analysis ran out of memory");
        break;
      }
      std::string Content, Error;
      json Result;
      if (O.ExitCode == 0 && readFile(ResultPaths[I], Content, Error)) {
        Result = json::parse(Content, nullptr, false);
        if (Result.is_discarded())
          Error = "unreadable worker result";
        else
          Error = ingest(Result, Root, Excludes, TU, R, ExcludedFindings);
      } else {
        Error = "the analysis ended with exit status " + std::to_string(O.ExitCode) + " and no result";
      }
      if (!Error.empty()) {
        TU.Status = "crashed";
        TU.Reason = Error;
        if (std::string Log = logTail(Runs[I].LogPath); !Log.empty())
          TU.Reason += "\n" + Log;
      } else if (TU.Status == "failed_to_parse" && TU.Errors.empty()) {
        if (std::string Log = logTail(Runs[I].LogPath); !Log.empty())
          TU.Reason += "\n" + Log;
      }
      break;
    }
    }
    ++Done;
    NotAnalysed += TU.Status != "analysed";
  };
  runWorkers(Runs, Jobs, Opts.TimeoutSeconds, Opts.MaxMemoryBytes, OnDone,
             [&] { Bar.update(Done, R.Findings.size(), NotAnalysed); }, interruptRequested);
  Bar.finish(Done, R.Findings.size(), NotAnalysed);
  llvm::sys::fs::remove_directories(TempDir);
  if (Cache)
    if (std::string Error = Cache->prune(Opts.CacheSizeBytes); !Error.empty())
      printWarning(Error);

  R.ExcludedFindings = ExcludedFindings.size();
  R.Interrupted = interruptRequested();
  if (R.Interrupted)
    printWarning("interrupted: writing the results of the " + std::to_string(Done) +
                 " translation units analysed so far");
  finalize(R);
  return emitReport(R, Opts.Out, Opts.Out.Baseline.empty() ? nullptr : &Baseline);
}

} // namespace tensorlife::scan
