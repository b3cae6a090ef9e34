// Summaries: what a function body does to its parameters and what it returns, as facts, so that
// its callers treat it as if it were annotated (factsOfCallee in LifetimeAnalysis.h).
#ifndef TENSORLIFE_CORE_SUMMARIES_H
#define TENSORLIFE_CORE_SUMMARIES_H

#include "core/AnalysisContext.h"
#include "core/Fact.h"
#include "core/LifetimeState.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Analysis/CFG.h"

#include <map>
#include <set>
#include <tuple>
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

  /// The CFG block the transfer is in (set by the solver's visits), and where each effect and
  /// each return were seen: what holds on every path is decided from these (factsOnEveryPath).
  unsigned Block = 0;
  std::map<std::pair<const clang::ParmVarDecl *, FactKind>, std::set<unsigned>> EffectBlocks;
  std::map<unsigned, std::set<Loan>> ReturnedIn;

  /// Ended, used or re-initialised (open) members of a parameter or of `*this` (a null
  /// parameter).
  std::map<std::tuple<const clang::ParmVarDecl *, const clang::FieldDecl *, FactKind>, bool>
      MemberEffects;
  /// Members of a parameter or of `*this` tested against null in a condition: a use of one may
  /// be guarded, so it is not a fact of the function.
  std::set<std::pair<const clang::ParmVarDecl *, const clang::FieldDecl *>> NullTested;

  void noteParam(ObjectId O, FactKind Kind) {
    if (O.Var && !O.Field)
      if (const auto *Param = llvm::dyn_cast<clang::ParmVarDecl>(O.Var)) {
        ParamEffects[{Param, Kind}] = true;
        EffectBlocks[{Param, Kind}].insert(Block);
      }
    noteMember(O, Kind);
  }

  /// A return statement's value.
  void noteReturned(const ObjectState &Value) {
    Returned.Loans.insert(Value.Loans.begin(), Value.Loans.end());
    ReturnedIn[Block].insert(Value.Loans.begin(), Value.Loans.end());
  }
  void noteMember(ObjectId O, FactKind Kind);
  /// \p O, a member of a parameter or of `*this`, as the key of MemberEffects; false otherwise.
  static bool memberKey(ObjectId O, const clang::ParmVarDecl *&Param,
                        const clang::FieldDecl *&Field);

  /// The effects as facts on the function's parameters (result_* for what it returns).
  std::vector<Fact> facts() const;

  /// The facts that hold on every path through \p Cfg: an effect that no path from the entry to
  /// the exit avoids, a result relation that every return has. What a summary exported to other
  /// translation units says (a caller's finding never comes from a some-paths fact). Not
  /// result_dead: a dead result is reported in its own unit, where it is returned.
  std::vector<Fact> factsOnEveryPath(const clang::CFG &Cfg) const;
};

/// True when the body calls something modelled (by more than designation facts), directly or
/// through a helper, or deletes a tracked object: only then can it have findings. Stops at the
/// first one.
bool callsModelled(const clang::FunctionDecl &FD, clang::ASTContext &Ctx, AnalysisContext &AC);

} // namespace tensorlife

#endif
