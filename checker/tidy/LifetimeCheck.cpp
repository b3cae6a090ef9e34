#include "tidy/LifetimeCheck.h"

#include "core/ApiModel.h"
#include "core/CheckTable.h"
#include "core/FixIts.h"
#include "core/LifetimeAnalysis.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <map>
#include <set>
#include <mutex>

using namespace clang::ast_matchers;

namespace clang::tidy::tensorlife {
namespace {

constexpr llvm::StringLiteral ModelFilesOption = "ModelFiles";

/// Both checks need the same analysis of the same functions: run it once per function and
/// translation unit. Thread-local because clangd checks several files at once. Keyed by the
/// user models in use (both checks normally share them).
struct SharedAnalysis {
  explicit SharedAnalysis(::tensorlife::ModelSets UserModels) : Model(std::move(UserModels)) {}
  ::tensorlife::ApiModel Model;
  ::tensorlife::AnalysisContext Analysis{Model};
  llvm::DenseMap<const FunctionDecl *, std::vector<::tensorlife::Finding>> Results;
};
thread_local std::map<std::string, std::unique_ptr<SharedAnalysis>> Shared;

SharedAnalysis &shared(const std::string &Key, const ::tensorlife::ModelSets &UserModels) {
  std::unique_ptr<SharedAnalysis> &S = Shared[Key];
  if (!S)
    S = std::make_unique<SharedAnalysis>(UserModels);
  return *S;
}

/// Messages are emitted verbatim; `%` would start a diagnostic placeholder.
std::string escape(const std::string &Text) {
  std::string Out;
  for (char C : Text) {
    if (C == '%')
      Out += '%';
    Out += C;
  }
  return Out;
}

/// Parsed user model files, shared by every translation unit and thread; a file is parsed again
/// when its modification time or size changes (clangd runs for days).
struct CachedModel {
  llvm::sys::TimePoint<> MTime;
  uint64_t Size = 0;
  ::tensorlife::ModelParseResult Result;
};
std::mutex CacheMutex;
std::map<std::string, CachedModel> Cache;

/// Finds a model file. Absolute paths are used as they are. A relative path is looked up in the
/// directory of the file being checked and then in each of its parents (so a path relative to the
/// project root, where `.clang-tidy` usually is, works for every file), then in the working
/// directory (the compilation database's `directory` for that file).
std::optional<std::string> resolveModelPath(llvm::vfs::FileSystem &FS, StringRef Path,
                                            StringRef MainFile) {
  if (llvm::sys::path::is_absolute(Path))
    return FS.exists(Path) ? std::optional<std::string>(Path.str()) : std::nullopt;
  SmallString<256> Main(MainFile);
  if (!Main.empty() && !FS.makeAbsolute(Main)) {
    for (StringRef Dir = llvm::sys::path::parent_path(Main); !Dir.empty();
         Dir = llvm::sys::path::parent_path(Dir)) {
      SmallString<256> Candidate(Dir);
      llvm::sys::path::append(Candidate, Path);
      if (FS.exists(Candidate))
        return std::string(Candidate);
    }
  }
  SmallString<256> Candidate(Path);
  if (FS.makeAbsolute(Candidate) || !FS.exists(Candidate))
    return std::nullopt;
  return std::string(Candidate);
}

/// Loads the user models named by a ModelFiles option value; one message per bad file.
void loadUserModels(const std::string &Option, const SourceManager &SM,
                    ::tensorlife::ModelSets &Models, std::vector<std::string> &Errors) {
  llvm::vfs::FileSystem &FS = SM.getFileManager().getVirtualFileSystem();
  StringRef MainFile;
  if (OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID()))
    MainFile = Main->getName();
  for (const std::string &Path : ::tensorlife::splitModelFileList(Option)) {
    std::optional<std::string> Resolved = resolveModelPath(FS, Path, MainFile);
    if (!Resolved) {
      Errors.push_back("tensorlife: model file '" + Path +
                       "': not found (a relative path is looked up from the checked file's "
                       "directory upwards, then in the working directory)");
      continue;
    }
    llvm::ErrorOr<llvm::vfs::Status> Status = FS.status(*Resolved);
    if (Status && Status->isDirectory()) {
      Errors.push_back("tensorlife: model file '" + *Resolved + "': is a directory");
      continue;
    }
    ::tensorlife::ModelParseResult Result;
    {
      std::lock_guard<std::mutex> Lock(CacheMutex);
      auto It = Cache.find(*Resolved);
      if (It != Cache.end() && Status && It->second.MTime == Status->getLastModificationTime() &&
          It->second.Size == Status->getSize()) {
        Result = It->second.Result;
      } else {
        auto Buffer = FS.getBufferForFile(*Resolved);
        if (!Buffer) {
          Errors.push_back("tensorlife: model file '" + *Resolved +
                           "': cannot read it: " + Buffer.getError().message());
          continue;
        }
        Result = ::tensorlife::parseModel((*Buffer)->getBuffer().str(), *Resolved);
        if (Status)
          Cache[*Resolved] = {Status->getLastModificationTime(), Status->getSize(), Result};
      }
    }
    if (Result.Model)
      Models.push_back(Result.Model);
    else
      Errors.push_back("tensorlife: model file '" + *Resolved + "': " + Result.Error);
  }
}

/// The option value a check would read with getLocalOrGlobal.
std::string optionOf(ClangTidyContext &Context, StringRef CheckName) {
  const auto &Options = Context.getOptions().CheckOptions;
  auto Local = Options.find((CheckName + "." + ModelFilesOption).str());
  if (Local != Options.end())
    return Local->second.Value;
  auto Global = Options.find(ModelFilesOption);
  return Global != Options.end() ? Global->second.Value : std::string();
}

} // namespace

CrossUnitHooks &crossUnitHooks() {
  static CrossUnitHooks Hooks;
  return Hooks;
}

LifetimeCheck::LifetimeCheck(StringRef Name, ClangTidyContext *Context,
                                     ::tensorlife::Category Cat)
    : ClangTidyCheck(Name, Context), Cat(Cat), Context(Context),
      ModelFiles(Options.getLocalOrGlobal(ModelFilesOption, "")) {
  Analysis.UnknownCallsMayRelease = boolOption("UnknownCallsMayRelease");
  Analysis.Debug = boolOption("Debug");
  Analysis.DumpStates = boolOption("DumpStates");
  Analysis.DumpEvents = boolOption("DumpEvents");
}

// Parsed here rather than with OptionsView's bool overloads: GCC and Clang mangle those
// specialisations differently, so a GCC-built check cannot link against Debian's libclangTidy.
bool LifetimeCheck::boolOption(StringRef Name) {
  StringRef Value = Options.getLocalOrGlobal(Name, "false");
  if (Value.equals_insensitive("true") || Value == "1")
    return true;
  if (!Value.equals_insensitive("false") && Value != "0")
    configurationDiag("invalid value '%0' for option '%1': expected 'true' or 'false'")
        << Value << Name;
  return false;
}

void LifetimeCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, ModelFilesOption, ModelFiles);
  Options.store(Opts, "UnknownCallsMayRelease", Analysis.UnknownCallsMayRelease ? "true" : "false");
  Options.store(Opts, "Debug", Analysis.Debug ? "true" : "false");
  Options.store(Opts, "DumpStates", Analysis.DumpStates ? "true" : "false");
  Options.store(Opts, "DumpEvents", Analysis.DumpEvents ? "true" : "false");
}

void LifetimeCheck::registerPPCallbacks(const SourceManager &SM, Preprocessor *,
                                            Preprocessor *) {
  // The start of a translation unit: load the user models (cached across units) and report
  // model errors once, at the top of the main file. When both checks are enabled with the same
  // models, the last check of the table reports.
  UserModels = crossUnitHooks().Summaries;
  std::vector<std::string> Errors;
  ::tensorlife::builtinModels(&Errors);
  loadUserModels(ModelFiles, SM, UserModels, Errors);
  ModelKey = ModelFiles;

  const char *LastCheck = ::tensorlife::checkTable().back().Name;
  bool Reporter = Cat == ::tensorlife::checkTable().back().Cat ||
                  !Context->isCheckEnabled(LastCheck) ||
                  optionOf(*Context, LastCheck) != ModelFiles;
  if (!Reporter)
    return;
  SourceLocation Top = SM.getLocForStartOfFile(SM.getMainFileID());
  for (const std::string &E : Errors)
    diag(Top, escape(E), DiagnosticIDs::Error);
}

void LifetimeCheck::onStartOfTranslationUnit() { Shared.clear(); }

void LifetimeCheck::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(functionDecl(isDefinition(), unless(isExpansionInSystemHeader()),
                                  unless(isImplicit()))
                         .bind("function"),
                     this);
}

void LifetimeCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("function");
  if (!FD || FD->isDependentContext() || !FD->getBody())
    return;
  // Checks configured with different analysis options do not share results.
  SharedAnalysis &S = shared(ModelKey + (Analysis.UnknownCallsMayRelease ? "|unknown" : "") +
                                 (Analysis.Debug ? "|debug" : "") +
                                 (Analysis.DumpStates ? "|dump" : "") +
                                 (Analysis.DumpEvents ? "|events" : ""),
                             UserModels);
  S.Analysis.Options = Analysis;

  auto It = S.Results.find(FD);
  if (It == S.Results.end()) {
    It = S.Results.try_emplace(FD, ::tensorlife::analyzeFunction(*FD, *Result.Context, S.Analysis))
             .first;
    if (crossUnitHooks().Analysed)
      crossUnitHooks().Analysed(*FD, *Result.Context, S.Analysis);
  }
  for (const ::tensorlife::Note &R : S.Analysis.Remarks)
    diag(R.Loc, escape(R.Message), DiagnosticIDs::Remark);
  S.Analysis.Remarks.clear();

  ::tensorlife::FunctionFixIts FixIts(*FD, *Result.Context, S.Analysis);
  std::set<std::pair<unsigned, std::string>> Offered; // an edit is offered once per function
  for (const ::tensorlife::Finding &F : It->second) {
    if (F.Cat != Cat)
      continue;
    ::tensorlife::FindingFix Fix = FixIts.fixFor(F);
    {
      DiagnosticBuilder Warning = diag(F.Loc, escape(F.Message));
      bool New = false;
      for (const FixItHint &Edit : Fix.Edits)
        New |= Offered.insert({Edit.RemoveRange.getBegin().getRawEncoding(), Edit.CodeToInsert}).second;
      if (New)
        for (const FixItHint &Edit : Fix.Edits)
          Warning << Edit;
    }
    for (const ::tensorlife::Note &N : F.Notes)
      diag(N.Loc, escape(N.Message), DiagnosticIDs::Note);
    if (Fix.Advice)
      diag(Fix.Advice->Loc, escape(Fix.Advice->Message), DiagnosticIDs::Note);
  }
  for (const ::tensorlife::ApiModel::Problem &P : S.Model.takeProblems())
    diag(P.Loc, escape(P.Message));
}

} // namespace clang::tidy::tensorlife
