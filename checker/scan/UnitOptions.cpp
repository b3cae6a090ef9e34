#include "UnitOptions.h"

#include "AtomicFile.h"
#include "ModelInventory.h"
#include "compat/LlvmCompat.h"

#include "clang-tidy/ClangTidy.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"


using namespace clang;

namespace tensorlife::scan {
namespace {

/// parseConfiguration, with the YAML parser's diagnostic kept for the message.
llvm::ErrorOr<tidy::ClangTidyOptions> parseRecording(llvm::MemoryBufferRef Buffer,
                                                     std::string &Message) {
  std::string Diagnostic;
  auto Parsed = tidy::parseConfigurationWithDiags(Buffer, [&](const llvm::SMDiagnostic &D) {
    llvm::raw_string_ostream OS(Diagnostic);
    D.print(nullptr, OS, /*ShowColors=*/false);
  });
  if (!Parsed)
    Message = "Error parsing " + Buffer.getBufferIdentifier().str() + ": " +
              (Diagnostic.empty() ? Parsed.getError().message()
                                  : llvm::StringRef(Diagnostic).rtrim().str());
  return Parsed;
}

/// clang-tidy's FileOptionsProvider (.clang-tidy files up the tree), keeping the message of each
/// file that does not parse. (Its constructor taking handlers leaves the file system unset.)
class RecordingFileOptionsProvider : public tidy::FileOptionsProvider {
public:
  RecordingFileOptionsProvider(tidy::ClangTidyOptions Defaults, tidy::ClangTidyOptions Overrides,
                               ConfigParseErrors Errors)
      : FileOptionsProvider(tidy::ClangTidyGlobalOptions(), std::move(Defaults),
                            std::move(Overrides), llvm::vfs::getRealFileSystem()) {
    ConfigHandlers = {{".clang-tidy", [Errors](llvm::MemoryBufferRef Buffer) {
                         std::string Message;
                         auto Parsed = parseRecording(Buffer, Message);
                         if (!Parsed && Errors)
                           Errors->push_back({Buffer.getBufferIdentifier().str(), Message});
                         return Parsed;
                       }}};
  }
};

} // namespace

std::unique_ptr<tidy::ClangTidyOptionsProvider>
makeOptionsProvider(const OptionsSettings &Settings, const ConfigParseErrors &ParseErrors,
                    std::string &Error) {
  // As clang-tidy's defaults, except the checks: a scan without any .clang-tidy runs tensorlife's.
  tidy::ClangTidyOptions Defaults;
  Defaults.Checks = "-*,tensorlife-*";
  Defaults.WarningsAsErrors = "";
  Defaults.HeaderFilterRegex = "";
  Defaults.SystemHeaders = false;
  Defaults.FormatStyle = "none";

  tidy::ClangTidyOptions Overrides;
  // The inventory check reports nothing; it lists the models in effect.
  Overrides.Checks = (Settings.Checks ? *Settings.Checks + "," : std::string()) + InventoryCheckName;
  if (Settings.HeaderFilter)
    Overrides.HeaderFilterRegex = *Settings.HeaderFilter;
  Overrides.UseColor = false;

  if (!Settings.ConfigFile.empty()) {
    std::string Content;
    if (!readFile(Settings.ConfigFile, Content, Error))
      return nullptr;
    auto Parsed = parseRecording(llvm::MemoryBufferRef(Content, Settings.ConfigFile), Error);
    if (!Parsed)
      return nullptr;
    return std::make_unique<tidy::ConfigOptionsProvider>(
        tidy::ClangTidyGlobalOptions(), tidy::ClangTidyOptions::getDefaults().merge(Defaults, 0),
        std::move(*Parsed), std::move(Overrides));
  }
  return std::make_unique<RecordingFileOptionsProvider>(std::move(Defaults), std::move(Overrides),
                                                        ParseErrors);
}

std::vector<std::string> enabledChecks(const tidy::ClangTidyOptions &Options) {
  std::vector<std::string> Names = compat::getCheckNames(Options, /*AllowEnablingAnalyzerAlphaCheckers=*/false);
  Names.erase(std::remove(Names.begin(), Names.end(), InventoryCheckName), Names.end());
  return Names;
}

} // namespace tensorlife::scan
