#include "tidy/LifetimeCheckBase.h"

#include "core/ApiModel.h"
#include "core/LifetimeAnalysis.h"

#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/DenseMap.h"

using namespace clang::ast_matchers;

namespace clang::tidy::tensorlife {
namespace {

/// Both checks need the same analysis of the same functions: run it once per function and
/// translation unit. Thread-local because clangd checks several files at once.
struct SharedAnalysis {
  ::tensorlife::ApiModel Model;
  llvm::DenseMap<const FunctionDecl *, std::vector<::tensorlife::Finding>> Results;
};
thread_local std::unique_ptr<SharedAnalysis> Shared;

SharedAnalysis &shared() {
  if (!Shared)
    Shared = std::make_unique<SharedAnalysis>();
  return *Shared;
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

} // namespace

void LifetimeCheckBase::onStartOfTranslationUnit() { Shared.reset(); }

void LifetimeCheckBase::registerMatchers(MatchFinder *Finder) {
  Finder->addMatcher(functionDecl(isDefinition(), unless(isExpansionInSystemHeader()),
                                  unless(isImplicit()))
                         .bind("function"),
                     this);
}

void LifetimeCheckBase::check(const MatchFinder::MatchResult &Result) {
  const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("function");
  if (!FD || FD->isDependentContext() || !FD->getBody())
    return;
  SharedAnalysis &S = shared();

  auto It = S.Results.find(FD);
  if (It == S.Results.end()) {
    std::vector<::tensorlife::Finding> Findings;
    if (::tensorlife::mayHaveFindings(*FD, S.Model))
      Findings = ::tensorlife::analyzeFunction(*FD, *Result.Context, S.Model);
    It = S.Results.try_emplace(FD, std::move(Findings)).first;
  }

  for (const ::tensorlife::Finding &F : It->second) {
    if (F.Cat != Cat)
      continue;
    diag(F.Loc, escape(F.Message));
    for (const ::tensorlife::Note &N : F.Notes)
      diag(N.Loc, escape(N.Message), DiagnosticIDs::Note);
  }
  for (const ::tensorlife::ApiModel::Problem &P : S.Model.takeProblems())
    diag(P.Loc, escape(P.Message));
}

} // namespace clang::tidy::tensorlife
