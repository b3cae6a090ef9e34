#include "PreprocessedInputs.h"

#include "Hash.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/Tooling.h"

#include <algorithm>

using namespace clang;

namespace tensorlife::scan {
namespace {

using Inputs = std::vector<std::pair<std::string, std::string>>;

class CollectingPreprocessAction : public PreprocessOnlyAction {
public:
  explicit CollectingPreprocessAction(Inputs &Out) : Out(Out) {}

  void EndSourceFileAction() override {
    SourceManager &SM = getCompilerInstance().getSourceManager();
    for (auto It = SM.fileinfo_begin(); It != SM.fileinfo_end(); ++It) {
      auto Buffer = It->second->getBufferIfLoaded();
      if (!Buffer)
        continue;
      // The real path: `..` after a symlinked directory (GCC's include directories) is not
      // where the name would lead with the dots removed, and the cache stats these files.
      llvm::SmallString<256> Path(It->first.getFileEntry().tryGetRealPathName());
      if (Path.empty()) {
        Path = It->first.getName();
        SM.getFileManager().makeAbsolutePath(Path);
      }
      Out.emplace_back(std::string(Path), sha256Hex(Buffer->getBuffer()));
    }
    PreprocessOnlyAction::EndSourceFileAction();
  }

private:
  Inputs &Out;
};

class Factory : public tooling::FrontendActionFactory {
public:
  explicit Factory(Inputs &Out) : Out(Out) {}
  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<CollectingPreprocessAction>(Out);
  }
  bool runInvocation(std::shared_ptr<CompilerInvocation> Invocation, FileManager *Files,
                     std::shared_ptr<PCHContainerOperations> PCHContainerOps,
                     DiagnosticConsumer *DiagConsumer) override {
    Invocation->getPreprocessorOpts().SetUpStaticAnalyzer = true; // as clang-tidy
    return FrontendActionFactory::runInvocation(Invocation, Files, PCHContainerOps, DiagConsumer);
  }

private:
  Inputs &Out;
};

} // namespace

bool preprocessedInputs(const tooling::CompilationDatabase &DB, const std::string &File,
                        const tidy::ClangTidyOptions &Options,
                        llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> BaseFS,
                        Inputs &Result) {
  tooling::ClangTool Tool(DB, {File}, std::make_shared<PCHContainerOperations>(), BaseFS);
  tidy::ClangTidyOptions Opts = Options;
  Tool.appendArgumentsAdjuster([Opts](const tooling::CommandLineArguments &Args, llvm::StringRef) {
    tooling::CommandLineArguments Adjusted = Args;
    if (Opts.ExtraArgsBefore) {
      auto I = Adjusted.begin();
      if (I != Adjusted.end() && !llvm::StringRef(*I).starts_with("-"))
        ++I;
      Adjusted.insert(I, Opts.ExtraArgsBefore->begin(), Opts.ExtraArgsBefore->end());
    }
    if (Opts.ExtraArgs)
      Adjusted.insert(Adjusted.end(), Opts.ExtraArgs->begin(), Opts.ExtraArgs->end());
    return Adjusted;
  });
  Tool.appendArgumentsAdjuster(tooling::getStripPluginsAdjuster());
  IgnoringDiagConsumer Quiet;
  Tool.setDiagnosticConsumer(&Quiet);
  Tool.setPrintErrorMessage(false);
  Inputs Out;
  Factory F(Out);
  int Status = Tool.run(&F);
  if (Out.empty())
    return false;
  (void)Status; // a preprocessing error still names the inputs; the analysis reports the error
  std::sort(Out.begin(), Out.end());
  Out.erase(std::unique(Out.begin(), Out.end()), Out.end());
  Result = std::move(Out);
  return true;
}

} // namespace tensorlife::scan
