#include "ConfigCheck.h"

#include "AtomicFile.h"
#include "Hash.h"
#include "ModelInventory.h"

#include "core/ModelFile.h"

#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"
#include "clang/Basic/Diagnostic.h"
#include "compat/LlvmCompat.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <map>

using namespace clang;

namespace tensorlife::scan {

std::vector<std::string> checkOptionErrors(const tidy::ClangTidyOptions &Options) {
  // As clang-tidy's getCheckOptions() creates the checks, but keeping what they complain about.
  tidy::ClangTidyContext Context(
      std::make_unique<tidy::DefaultOptionsProvider>(tidy::ClangTidyGlobalOptions(), Options));
  tidy::ClangTidyDiagnosticConsumer Consumer(Context);
  compat::OwnedDiagnosticOptions DiagOpts;
  DiagnosticsEngine DE(llvm::makeIntrusiveRefCnt<DiagnosticIDs>(), DiagOpts.forEngine(), &Consumer,
                       /*ShouldOwnClient=*/false);
  compat::setDiagnosticsEngine(Context, DE);
  tidy::ClangTidyCheckFactories Factories;
  for (const tidy::ClangTidyModuleRegistry::entry &E : tidy::ClangTidyModuleRegistry::entries())
    E.instantiate()->addCheckFactories(Factories);
  auto Checks = Factories.createChecks(&Context);
  Consumer.finish();
  std::vector<std::string> Messages;
  for (const tidy::ClangTidyError &E : Consumer.take()) {
    std::string Text = E.Message.Message + " [" + E.DiagnosticName + "]";
    if (std::find(Messages.begin(), Messages.end(), Text) == Messages.end())
      Messages.push_back(std::move(Text));
  }
  return Messages;
}

std::string modelFileError(const std::string &Entry, const std::string &Path) {
  // The wording of the checks' model loader (checker/tidy/LifetimeCheckBase.cpp).
  if (Path.empty())
    return "tensorlife: model file '" + Entry +
           "': not found (a relative path is looked up from the checked file's directory "
           "upwards, then in the working directory)";
  if (llvm::sys::fs::is_directory(Path))
    return "tensorlife: model file '" + Path + "': is a directory";
  std::string Text, Error;
  if (!readFile(Path, Text, Error))
    return "tensorlife: model file '" + Path + "': cannot read it: " +
           Error.substr(Error.rfind(": ") + 2);
  ::tensorlife::ModelParseResult Parsed = ::tensorlife::parseModel(Text, Path);
  if (!Parsed.Model)
    return "tensorlife: model file '" + Path + "': " + Parsed.Error;
  return "";
}

std::vector<ConfigErrorRecord> checkConfiguration(const std::vector<TranslationUnit> &Units,
                                                  const OptionsSettings &Settings,
                                                  std::vector<UnitConfig> &Configs,
                                                  std::string &Error) {
  auto ParseErrors = std::make_shared<std::vector<ConfigParseError>>();
  auto Provider = makeOptionsProvider(Settings, ParseErrors, Error);
  if (!Provider)
    return {};
  tidy::ClangTidyContext Context(std::move(Provider));

  // Problem -> the units it concerns, in the order found.
  std::vector<ConfigErrorRecord> Problems;
  auto Report = [&](const std::string &Message, const std::string &Unit) {
    auto It = std::find_if(Problems.begin(), Problems.end(),
                           [&](const ConfigErrorRecord &P) { return P.Message == Message; });
    if (It == Problems.end())
      It = Problems.insert(Problems.end(), {Message, {}});
    auto &List = It->TranslationUnits;
    if (!Unit.empty() && std::find(List.begin(), List.end(), Unit) == List.end())
      List.push_back(Unit);
  };
  struct Checked {
    bool Tensorlife = false;
    std::vector<std::string> OptionErrors;
  };
  std::map<std::string, Checked> ByOptions; // configurationAsText -> what it enables
  std::map<std::string, std::string> ModelErrors, ModelHashes; // path -> error / sha256

  Configs.clear();
  for (const TranslationUnit &TU : Units) {
    tidy::ClangTidyOptions Options = Context.getOptionsForFile(TU.File);

    UnitConfig Config;
    Config.OptionsText = tidy::configurationAsText(Options);
    auto [It, New] = ByOptions.try_emplace(Config.OptionsText);
    if (New) {
      std::vector<std::string> Names = enabledChecks(Options);
      It->second.Tensorlife = std::any_of(Names.begin(), Names.end(), [](const std::string &C) {
        return llvm::StringRef(C).starts_with("tensorlife-");
      });
      It->second.OptionErrors = checkOptionErrors(Options);
    }
    if (!It->second.Tensorlife)
      Report("no checks enabled: neither the configuration" +
                 (Settings.Checks ? " nor --checks '" + *Settings.Checks + "'" : std::string()) +
                 " enables a tensorlife check",
             TU.ReportPath);
    for (const std::string &E : It->second.OptionErrors)
      Report(E, TU.ReportPath);

    for (const auto &[Entry, Path] : modelFilesOf(Options, TU.File, TU.Directory)) {
      std::string Key = Path.empty() ? "?" + Entry : Path;
      if (!ModelErrors.count(Key)) {
        ModelErrors[Key] = modelFileError(Entry, Path);
        ModelHashes[Key] = Path.empty() ? "missing" : sha256OfFile(Path).value_or("unreadable");
      }
      if (!ModelErrors[Key].empty())
        Report(ModelErrors[Key], TU.ReportPath);
      Config.ModelFiles.emplace_back(Entry, Path + "|" + ModelHashes[Key]);
    }
    Configs.push_back(std::move(Config));
  }
  // A .clang-tidy that does not parse concerns the units under its directory. (Some were read
  // when the context was made, for the working directory.)
  for (const ConfigParseError &E : *ParseErrors) {
    llvm::StringRef Dir = llvm::sys::path::parent_path(E.File);
    Report(E.Message, "");
    for (const TranslationUnit &TU : Units)
      if (llvm::StringRef(TU.File).starts_with((Dir + "/").str()))
        Report(E.Message, TU.ReportPath);
  }
  return Problems;
}

} // namespace tensorlife::scan
