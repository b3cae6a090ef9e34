#include "FixesExport.h"

#include "PathMatch.h"

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <map>

using namespace clang;

namespace tensorlife::scan {
namespace {

/// Report paths are relative to the root inside it; the YAML has absolute ones.
std::string absolute(const std::string &ReportPath, const std::string &Root) {
  return ReportPath.empty() ? "" : normalizePath(ReportPath, Root);
}

tooling::DiagnosticMessage message(const std::string &Text, const Position &At,
                                   const std::vector<ReplacementRecord> &Fixes,
                                   const std::string &Root) {
  tooling::DiagnosticMessage M;
  M.Message = Text;
  M.FilePath = absolute(At.File, Root);
  M.FileOffset = At.Offset;
  for (const ReplacementRecord &F : Fixes) {
    std::string File = absolute(F.File, Root);
    if (llvm::Error E = M.Fix[File].add(tooling::Replacement(File, F.Offset, F.Length, F.Text)))
      llvm::consumeError(std::move(E)); // overlapping fixes of one diagnostic: clang-tidy keeps the first
  }
  return M;
}

} // namespace

std::string exportFixes(const Report &R) {
  std::map<std::string, std::string> DirectoryOf;
  for (const TuRecord &U : R.Units)
    DirectoryOf.emplace(U.File, U.Directory);
  std::vector<tidy::ClangTidyError> Errors;
  for (const FindingRecord &F : R.Findings) {
    tidy::ClangTidyError E(F.Check, tooling::Diagnostic::Warning, DirectoryOf[F.TranslationUnit],
                           F.Severity == "error");
    E.Message = message(F.Message, F.At, F.Fixes, R.Root);
    for (const NoteRecord &N : F.Notes)
      E.Notes.push_back(message(N.Message, N.At, N.Fixes, R.Root));
    Errors.push_back(std::move(E));
  }
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  tidy::exportReplacements(/*MainFilePath=*/"", Errors, OS);
  return OS.str();
}

} // namespace tensorlife::scan
