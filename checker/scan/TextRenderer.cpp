#include "TextRenderer.h"

#include "compat/LlvmCompat.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/LangOptions.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;

namespace tensorlife::scan {

struct TextRenderer::Impl {
  std::string Buffer;
  llvm::raw_string_ostream OS{Buffer};
  tensorlife::compat::OwnedDiagnosticOptions DiagOpts;
  // A physical file system with its own working directory: changing it leaves the process's alone.
  FileManager Files{FileSystemOptions(), llvm::vfs::createPhysicalFileSystem()};
  TextDiagnosticPrinter *Printer = new TextDiagnosticPrinter(OS, DiagOpts.forPrinter());
  DiagnosticsEngine Diags{IntrusiveRefCntPtr<DiagnosticIDs>(new DiagnosticIDs), DiagOpts.forEngine(), Printer};
  SourceManager SourceMgr{Diags, Files};
  LangOptions LangOpts;

  Impl() {
    DiagOpts->ShowColors = false;
    Printer->BeginSourceFile(LangOpts, nullptr);
  }

  SourceLocation getLocation(llvm::StringRef FilePath, unsigned Offset) {
    if (FilePath.empty())
      return {};
    auto File = SourceMgr.getFileManager().getOptionalFileRef(FilePath);
    if (!File)
      return {};
    FileID ID = SourceMgr.getOrCreateFileID(*File, SrcMgr::C_User);
    return SourceMgr.getLocForStartOfFile(ID).getLocWithOffset(Offset);
  }

  CharSourceRange getRange(const tooling::FileByteRange &Range) {
    llvm::SmallString<128> AbsoluteFilePath{Range.FilePath};
    Files.makeAbsolutePath(AbsoluteFilePath);
    SourceLocation BeginLoc = getLocation(AbsoluteFilePath, Range.FileOffset);
    SourceLocation EndLoc = BeginLoc.getLocWithOffset(Range.Length);
    return CharSourceRange::getCharRange(BeginLoc, EndLoc);
  }

  void reportFix(const DiagnosticBuilder &Diag,
                 const llvm::StringMap<tooling::Replacements> &Fix) {
    for (const auto &FileAndReplacements : Fix) {
      for (const auto &Repl : FileAndReplacements.second) {
        if (!Repl.isApplicable())
          continue;
        tooling::FileByteRange FBR;
        FBR.FilePath = Repl.getFilePath().str();
        FBR.FileOffset = Repl.getOffset();
        FBR.Length = Repl.getLength();
        Diag << FixItHint::CreateReplacement(getRange(FBR), Repl.getReplacementText());
      }
    }
  }

  void report(const tidy::ClangTidyError &Error) {
    const tooling::DiagnosticMessage &Message = Error.Message;
    SourceLocation Loc = getLocation(Message.FilePath, Message.FileOffset);
    {
      auto Level = static_cast<DiagnosticsEngine::Level>(Error.DiagLevel);
      std::string Name = Error.DiagnosticName;
      if (!Error.EnabledDiagnosticAliases.empty())
        Name += "," + llvm::join(Error.EnabledDiagnosticAliases, ",");
      if (Error.IsWarningAsError) {
        Name += ",-warnings-as-errors";
        Level = DiagnosticsEngine::Error;
      }
      auto Diag = Diags.Report(Loc, Diags.getCustomDiagID(Level, "%0 [%1]"))
                  << Message.Message << Name;
      for (const tooling::FileByteRange &FBR : Error.Message.Ranges)
        Diag << getRange(FBR);
      reportFix(Diag, Error.Message.Fix);
    }
    for (const auto &Note : Error.Notes) {
      SourceLocation NoteLoc = getLocation(Note.FilePath, Note.FileOffset);
      auto Diag = Diags.Report(NoteLoc, Diags.getCustomDiagID(DiagnosticsEngine::Note, "%0"))
                  << Note.Message;
      for (const tooling::FileByteRange &FBR : Note.Ranges)
        Diag << getRange(FBR);
      reportFix(Diag, Note.Fix);
    }
  }
};

TextRenderer::TextRenderer() : P(std::make_unique<Impl>()) {}
TextRenderer::~TextRenderer() = default;

std::string TextRenderer::render(const tidy::ClangTidyError &Error) {
  llvm::vfs::FileSystem &FS = P->Files.getVirtualFileSystem();
  auto InitialWorkingDir = FS.getCurrentWorkingDirectory();
  // As clang-tidy's handleErrors: relative paths are relative to the build directory.
  if (!Error.BuildDirectory.empty())
    FS.setCurrentWorkingDirectory(Error.BuildDirectory);
  P->report(Error);
  if (InitialWorkingDir)
    FS.setCurrentWorkingDirectory(*InitialWorkingDir);
  P->OS.flush();
  std::string Text = std::move(P->Buffer);
  P->Buffer.clear();
  return Text;
}

} // namespace tensorlife::scan
