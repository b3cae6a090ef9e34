// Summaries: what a function body does to its parameters and what it returns, as facts, so that
// its callers treat it as if it were annotated (factsOfCallee in LifetimeAnalysis.h).
#ifndef TENSORLIFE_CORE_SUMMARIES_H
#define TENSORLIFE_CORE_SUMMARIES_H

#include "core/AnalysisContext.h"
#include "core/Fact.h"
#include "core/LifetimeState.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"

#include <map>
#include <set>
#include <vector>

namespace tensorlife {

/// What the transfer saw the body do, collected over the whole solve.
struct FunctionEffects {
  /// A parameter ended (close/release/destroy) or used (run/read) somewhere in the body.
  std::map<std::pair<const clang::ParmVarDecl *, FactKind>, bool> ParamEffects;
  /// What the returned values borrow from.
  ObjectState Returned;
  /// Some path returns a value that is already dead or dies on return (see Escapes.h).
  bool ReturnsDead = false;
  /// Owners passed by value: they die with the call, what the result holds on them is not the
  /// caller's argument.
  std::set<const clang::ParmVarDecl *> ByValueOwners;

  void noteParam(ObjectId O, FactKind Kind) {
    if (O.Var && !O.Field)
      if (const auto *Param = llvm::dyn_cast<clang::ParmVarDecl>(O.Var))
        ParamEffects[{Param, Kind}] = true;
  }

  /// The effects as facts on the function's parameters (result_* for what it returns).
  std::vector<Fact> facts() const;
};

/// True when the body calls something modelled (by more than designation facts), directly or
/// through a helper: only then can it have findings. Stops at the first one.
bool callsModelled(const clang::FunctionDecl &FD, clang::ASTContext &Ctx, AnalysisContext &AC);

} // namespace tensorlife

#endif
