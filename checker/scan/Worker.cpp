#include "Worker.h"

#include "AtomicFile.h"
#include "CrossUnit.h"
#include "DirectCache.h"
#include "Hash.h"
#include "ModelInventory.h"
#include "PathMatch.h"
#include "PreprocessedInputs.h"
#include "ResultCache.h"
#include "TextRenderer.h"
#include "UnitOptions.h"
#include "Version.h"
#include "WorkerJob.h"
#include "compat/LlvmCompat.h"

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <map>
#include <new>
#include <sys/prctl.h>
#include <unistd.h>

using namespace clang;
using json = nlohmann::json;

namespace tensorlife::scan {
namespace {

/// The one compile command of this worker's translation unit, for any file asked about.
class SingleCommandDatabase : public tooling::CompilationDatabase {
public:
  explicit SingleCommandDatabase(tooling::CompileCommand C) : Command(std::move(C)) {}
  std::vector<tooling::CompileCommand> getCompileCommands(llvm::StringRef) const override {
    return {Command};
  }
  std::vector<std::string> getAllFiles() const override { return {Command.Filename}; }
  std::vector<tooling::CompileCommand> getAllCompileCommands() const override { return {Command}; }

private:
  tooling::CompileCommand Command;
};

/// Byte offsets -> 1-based line and byte column (clang's), and the text of the line.
class LineIndex {
public:
  struct Position {
    unsigned Line = 0, Column = 0;
    std::string Text;
  };

  Position position(const std::string &AbsolutePath, unsigned Offset) {
    Position P;
    auto &Entry = Files[AbsolutePath];
    if (!Entry.Loaded) {
      Entry.Loaded = true;
      auto Buffer = llvm::MemoryBuffer::getFile(AbsolutePath, /*IsText=*/false,
                                                /*RequiresNullTerminator=*/false);
      if (Buffer) {
        Entry.Content = (*Buffer)->getBuffer().str();
        Entry.LineStarts.push_back(0);
        for (size_t I = 0; I < Entry.Content.size(); ++I)
          if (Entry.Content[I] == '\n')
            Entry.LineStarts.push_back(I + 1);
      }
    }
    if (Entry.LineStarts.empty() || Offset > Entry.Content.size())
      return P;
    auto It = std::upper_bound(Entry.LineStarts.begin(), Entry.LineStarts.end(), Offset);
    size_t LineIndex = (It - Entry.LineStarts.begin()) - 1;
    size_t Start = Entry.LineStarts[LineIndex];
    size_t End = Entry.Content.find('\n', Start);
    if (End == std::string::npos)
      End = Entry.Content.size();
    P.Line = LineIndex + 1;
    P.Column = Offset - Start + 1;
    P.Text = Entry.Content.substr(Start, End - Start);
    if (!P.Text.empty() && P.Text.back() == '\r')
      P.Text.pop_back();
    return P;
  }

private:
  struct File {
    bool Loaded = false;
    std::string Content;
    std::vector<size_t> LineStarts;
  };
  std::map<std::string, File> Files;
};

std::string absoluteIn(llvm::StringRef Path, llvm::StringRef BuildDirectory) {
  if (Path.empty())
    return "";
  return normalizePath(Path, BuildDirectory);
}

json location(LineIndex &Lines, const tooling::DiagnosticMessage &M, llvm::StringRef BuildDir) {
  std::string File = absoluteIn(M.FilePath, BuildDir);
  json J = {{"message", M.Message}, {"file", File},        {"line", 0},
            {"column", 0},          {"offset", M.FileOffset}, {"line_text", ""}};
  json Fixes = json::array();
  for (const auto &[FixFile, Replacements] : M.Fix)
    for (const tooling::Replacement &R : Replacements)
      Fixes.push_back({{"file", absoluteIn(R.getFilePath(), BuildDir)},
                       {"offset", R.getOffset()},
                       {"length", R.getLength()},
                       {"text", R.getReplacementText().str()}});
  J["fixes"] = std::move(Fixes);
  if (!File.empty()) {
    LineIndex::Position P = Lines.position(File, M.FileOffset);
    J["line"] = P.Line;
    J["column"] = P.Column;
    J["line_text"] = P.Text;
  }
  return J;
}

json diagnostic(LineIndex &Lines, TextRenderer &Renderer, const tidy::ClangTidyError &E) {
  json J = location(Lines, E.Message, E.BuildDirectory);
  J["check"] = E.DiagnosticName;
  J["level"] = E.DiagLevel == tooling::Diagnostic::Error ? "error" : "warning";
  J["warning_as_error"] = E.IsWarningAsError;
  json Notes = json::array();
  for (const tooling::DiagnosticMessage &N : E.Notes)
    Notes.push_back(location(Lines, N, E.BuildDirectory));
  J["notes"] = std::move(Notes);
  J["text"] = Renderer.render(E);
  return J;
}

bool isCompilerError(const tidy::ClangTidyError &E) {
  return E.DiagLevel == tooling::Diagnostic::Error && !E.IsWarningAsError &&
         llvm::StringRef(E.DiagnosticName).starts_with("clang-diagnostic-");
}

/// A problem with the configuration, not with the code: an invalid check option, a model file
/// that cannot be used. (The supervisor finds these before any analysis; this is for what
/// changed since.)
bool isConfigurationError(const tidy::ClangTidyError &E) {
  return E.DiagnosticName == "clang-tidy-config" ||
         (E.DiagLevel == tooling::Diagnostic::Error &&
          llvm::StringRef(E.Message.Message).starts_with("tensorlife: model file '"));
}

/// Clang's messages that say that errors happened, not which: never a unit's reason when a real
/// error is there.
bool isSummaryError(const json &E) {
  llvm::StringRef M = E["message"].get_ref<const std::string &>();
  return M == "no input files" || M.starts_with("too many errors emitted");
}

/// The reason a unit failed to parse: clang's first error with a location, else its first
/// error that is not a summary ("no input files", "too many errors emitted").
std::string failureReason(const json &CompileErrors) {
  const json *Best = nullptr;
  for (const json &E : CompileErrors)
    if (!E["file"].get_ref<const std::string &>().empty() && !isSummaryError(E)) {
      Best = &E;
      break;
    }
  for (const json &E : CompileErrors)
    if (!Best && !isSummaryError(E))
      Best = &E;
  if (!Best)
    Best = &CompileErrors.front();
  std::string Where = (*Best)["file"].get<std::string>();
  if (!Where.empty())
    Where += ":" + std::to_string((*Best)["line"].get<unsigned>()) + ":" +
             std::to_string((*Best)["column"].get<unsigned>()) + ": ";
  std::string Reason = Where + "error: " + (*Best)["message"].get<std::string>();
  if (CompileErrors.size() > 1)
    Reason += " (and " + std::to_string(CompileErrors.size() - 1) + " more error" +
              (CompileErrors.size() > 2 ? "s" : "") + ")";
  return Reason;
}

json modelsOf(const tidy::ClangTidyOptions &Options, const WorkerJob &Job,
              const std::vector<std::string> &Checks) {
  json Models = json::array();
  bool Tensorlife = std::any_of(Checks.begin(), Checks.end(), [](const std::string &C) {
    return llvm::StringRef(C).starts_with("tensorlife-");
  });
  if (Tensorlife)
    for (const auto &[Name, Hash] : builtinModelHashes())
      Models.push_back({{"kind", "builtin"}, {"path", "<built-in " + Name + ">"}, {"sha256", Hash}});
  for (const auto &[Path, Facts] : annotatedFiles()) {
    auto Hash = sha256OfFile(Path);
    Models.push_back({{"kind", "annotations"}, {"path", Path}, {"facts", Facts},
                      {"sha256", Hash ? json(*Hash) : json(nullptr)}});
  }
  for (const auto &[Value, Path] : modelFilesOf(Options, Job.File, Job.Directory)) {
    auto Hash = Path.empty() ? std::nullopt : sha256OfFile(Path);
    Models.push_back({{"kind", "model_file"}, {"path", Path.empty() ? Value : Path},
                      {"option_value", Value}, {"sha256", Hash ? json(*Hash) : json(nullptr)}});
  }
  return Models;
}

/// An allocation failed (the address-space limit of --max-memory): say so without allocating and
/// exit with the status the supervisor records as out_of_memory.
[[noreturn]] void outOfMemory() {
  static const char Message[] = "tensorlife-scan worker: out of memory\n";
  (void)!::write(2, Message, sizeof Message - 1);
  ::_exit(WorkerExitOutOfMemory);
}

int writeResult(const WorkerJob &Job, const json &Result) {
  std::string Error = writeFileAtomically(
      Job.ResultPath, Result.dump(-1, ' ', false, json::error_handler_t::replace));
  if (!Error.empty()) {
    llvm::errs() << "tensorlife-scan worker: " << Error << "\n";
    return 2;
  }
  return 0;
}

} // namespace

int runWorker(const char *Argv0, const std::string &JobPath) {
  llvm::sys::PrintStackTraceOnErrorSignal(Argv0);
  std::set_new_handler(outOfMemory);
  llvm::install_bad_alloc_error_handler([](void *, const char *, bool) { outOfMemory(); });
  std::string Content, Error;
  if (!readFile(JobPath, Content, Error)) {
    llvm::errs() << "tensorlife-scan worker: " << Error << "\n";
    return 2;
  }
  json JobJson = json::parse(Content, nullptr, /*allow_exceptions=*/false);
  WorkerJob Job;
  if (JobJson.is_discarded())
    Error = "unreadable worker job '" + JobPath + "'";
  else
    Error = fromJson(JobJson, Job);
  if (!Error.empty()) {
    llvm::errs() << "tensorlife-scan worker: " << Error << "\n";
    return 2;
  }
  // Die with the supervisor, whatever kills it.
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (Job.ParentPid && ::getppid() != Job.ParentPid)
    return 2;

  llvm::InitializeAllTargetInfos();
  llvm::InitializeAllTargetMCs();
  llvm::InitializeAllAsmParsers();

  llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> BaseFS(
      new llvm::vfs::OverlayFileSystem(llvm::vfs::getRealFileSystem()));
  auto ParseErrors = std::make_shared<std::vector<ConfigParseError>>();
  auto Provider =
      makeOptionsProvider({Job.ConfigFile, Job.Checks, Job.HeaderFilter}, ParseErrors, Error);
  if (!Provider) {
    llvm::errs() << "tensorlife-scan worker: " << Error << "\n";
    return 2;
  }
  tidy::ClangTidyContext Context(std::move(Provider));
  tidy::ClangTidyOptions Options = Context.getOptionsForFile(Job.File);
  SingleCommandDatabase DB(tooling::CompileCommand(Job.Directory, Job.File, Job.Arguments, ""));
  auto Started = std::chrono::system_clock::now();
  std::optional<ResultCache> Cache;
  std::vector<std::pair<std::string, std::string>> Inputs;
  std::string Key;
  if (!Job.CacheDir.empty()) {
    Cache.emplace(Job.CacheDir);
    if (preprocessedInputs(DB, Job.File, Options, BaseFS, Inputs)) {
      Key = resultKey(Job.DirectKey, Inputs);
      if (auto Hit = Cache->get(Key)) {
        json Cached = json::parse(*Hit, nullptr, false);
        if (!Cached.is_discarded() && Cached.is_object()) {
          Cached["cache"] = "hit";
          storeManifest(*Cache, Job.DirectKey, Inputs, Key, Started);
          return writeResult(Job, Cached);
        }
      }
    }
  }

  if (std::string E = startCrossUnit(Job.SummariesFile, Job.Summarise); !E.empty()) {
    llvm::errs() << "tensorlife-scan worker: " << E << "\n";
    return 2;
  }
  annotatedFiles().clear();
  astMatched() = false;
  std::vector<tidy::ClangTidyError> Errors =
      tidy::runClangTidy(Context, DB, {Job.File}, BaseFS, /*ApplyAnyFix=*/false);

  LineIndex Lines;
  TextRenderer Renderer;
  json Findings = json::array(), CompileErrors = json::array(), ConfigErrors = json::array();
  for (const ConfigParseError &E : *ParseErrors)
    if (std::find(ConfigErrors.begin(), ConfigErrors.end(), E.Message) == ConfigErrors.end())
      ConfigErrors.push_back(E.Message);
  for (const tidy::ClangTidyError &E : Errors) {
    if (isConfigurationError(E)) {
      std::string Text = E.Message.Message + " [" + E.DiagnosticName + "]";
      if (std::find(ConfigErrors.begin(), ConfigErrors.end(), Text) == ConfigErrors.end())
        ConfigErrors.push_back(Text);
      continue;
    }
    (isCompilerError(E) ? CompileErrors : Findings).push_back(diagnostic(Lines, Renderer, E));
  }

  json Result;
  Result["status"] = "analysed";
  Result["reason"] = "";
  if (!CompileErrors.empty()) {
    Result["status"] = "failed_to_parse";
    Result["reason"] = failureReason(CompileErrors);
  } else if (!astMatched()) {
    Result["status"] = "failed_to_parse";
    Result["reason"] = "clang could not run the compile command (no AST was built)";
  }
  Result["config_errors"] = std::move(ConfigErrors);
  Result["findings"] = std::move(Findings);
  Result["errors"] = std::move(CompileErrors);
  std::vector<std::string> Checks = enabledChecks(Options);
  Result["checks"] = Checks;
  Result["models"] = modelsOf(Options, Job, Checks);
  const tidy::ClangTidyStats &Stats = Context.getStats();
  Result["suppressed"] = {{"nolint", Stats.ErrorsIgnoredNOLINT},
                          {"non_user_code", Stats.ErrorsIgnoredNonUserCode},
                          {"check_filter", Stats.ErrorsIgnoredCheckFilter},
                          {"line_filter", Stats.ErrorsIgnoredLineFilter}};
  Result["ast_built"] = astMatched();
  if (Job.Summarise)
    Result["cross_unit"] = crossUnitResult();
  Result["cache"] = Cache ? "miss" : "off";
  // Only clean analyses are cached: a failure may depend on files that do not exist yet.
  if (Cache && !Key.empty() && Result["status"] == "analysed" && Result["config_errors"].empty()) {
    std::string E = Cache->put(Key, Result.dump(-1, ' ', false, json::error_handler_t::replace));
    if (E.empty())
      E = storeManifest(*Cache, Job.DirectKey, Inputs, Key, Started);
    if (!E.empty())
      llvm::errs() << "tensorlife-scan worker: warning: " << E << "\n";
  }
  return writeResult(Job, Result);
}

} // namespace tensorlife::scan
