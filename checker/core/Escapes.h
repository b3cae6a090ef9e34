// Escapes: a value that leaves its function (returned, left in a reference parameter or in a
// member of *this) while it depends on something that dies when the function returns (a local
// buffer, session, scope or temporary). The value returned becomes an object of the state at
// its `return`, so that the scope exits that follow reach it like any holder; at the function's
// exit, the ends that reached what leaves are the escapes, reported once where the value leaves.
#ifndef TENSORLIFE_CORE_ESCAPES_H
#define TENSORLIFE_CORE_ESCAPES_H

#include "core/FindingReporter.h"
#include "core/LifetimeState.h"
#include "core/LoanGraph.h"
#include "core/ObjectResolver.h"
#include "core/Summaries.h"
#include "core/ValueEvaluator.h"

#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

#include <map>

namespace tensorlife {

/// Whether a value of type \p T can carry a dependency out of a function: a pointer or
/// reference, a tracked type that does not own its memory alone (not a buffer), a container of
/// tracked objects, a closure, or a struct holding one of these. A float read through a
/// pointer, or a std::vector copied out, cannot.
bool canCarryLoans(clang::QualType T, ObjectResolver &Objects, unsigned Depth = 0);

class EscapeTracker {
public:
  EscapeTracker(const clang::FunctionDecl &FD, ObjectResolver &Objects, ValueEvaluator &Values,
                LoanGraph &Graph, const std::map<const clang::VarDecl *, const clang::LambdaExpr *> &Lambdas)
      : FD(FD), Objects(Objects), Values(Values), Graph(Graph), Lambdas(Lambdas) {}

  /// `return E`: what E carries is what the function returns (recorded in \p Effects), held
  /// from here by an object of its own, which the scope exits of the return then reach.
  void onReturn(const clang::ReturnStmt *Ret, LifetimeState &S, FunctionEffects &Effects);
  /// \p Target is given a new value (or an element) at \p Site: where it would leave.
  void noteStore(ObjectId Target, const clang::Stmt *Site);
  /// The state at the function's exit: reports each value that left while depending on what
  /// died when the function returned, and notes in \p Effects a result that is dead.
  void atExit(const LifetimeState &S, UseReporter &Reporter, FunctionEffects &Effects);

private:
  /// The value leaving through \p E: what it carries, what the members of a local struct carry
  /// on anything but the struct itself, what a lambda's captures carry.
  ObjectState leavingValue(const clang::Expr *E, const LifetimeState &S);
  /// A caller sees this object after the return: a reference parameter (or what a pointer
  /// parameter to a class or to a pointer, `T **out`, points to), a member of one, or a member
  /// of *this.
  bool callerVisible(ObjectId O) const;
  /// The ends of the function's own return (or closing brace), not earlier ones.
  bool endsOnReturn(const Cause &C) const;

  const clang::FunctionDecl &FD;
  ObjectResolver &Objects;
  ValueEvaluator &Values;
  LoanGraph &Graph;
  const std::map<const clang::VarDecl *, const clang::LambdaExpr *> &Lambdas;
  /// Returned expressions -> their return statement.
  llvm::DenseMap<const clang::Expr *, const clang::ReturnStmt *> Returns;
  /// Caller-visible objects -> the last statement that stored into them.
  std::map<ObjectId, const clang::Stmt *> Stores;
};

} // namespace tensorlife

#endif
