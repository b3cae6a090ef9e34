// Escapes: a value that leaves its function (returned, left in a reference parameter, an
// out-parameter, a member of *this, a global or a `static`) while it depends on something that
// dies when the function returns (a local buffer, session, scope or temporary). The value
// returned becomes an object of the state at its `return`, so that the scope exits that follow
// reach it like any holder; at the function's exit, the ends that reached what leaves are the
// escapes, reported once where the value leaves. A value returned already dead (its buffer died
// in an inner block) is reported as a use of it; one stored where the caller sees it while a
// local it depends on dies before the return escapes as well.
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
                LoanGraph &Graph, const std::map<const clang::VarDecl *, const clang::LambdaExpr *> &Lambdas);

  /// The object a store into \p E lands in: the tracked object it designates, else one the
  /// function's caller (or a later call) sees: a global or static variable, or what an
  /// out-parameter points to (`*out`, `out[1]`, `outs[1]` of `T *(&outs)[2]`, `*pp` of a local
  /// copy `T **pp = out`).
  ObjectId storeTarget(const clang::Expr *E, const LifetimeState &S);
  /// The caller's object a call's result out-argument \p Out writes (`&out[1]`, `pp` of
  /// `T **pp = out`), if storeTarget knows it.
  ObjectId writtenThrough(const clang::Expr *Out, const LifetimeState &S);

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
  /// parameter to a class or to a pointer, `T **out`, points to, or one of its elements), a
  /// member of one, a member of *this, or a variable of static storage.
  bool callerVisible(ObjectId O) const;
  /// The parameter whose pointee \p E (a pointer) designates: an out-parameter, or a local
  /// copy of one that is never re-pointed.
  const clang::ParmVarDecl *outParameter(const clang::Expr *E) const;
  /// "parameter 'out'", "global 'g_keep'", "static 'cache'", "member 'view_'".
  std::string subjectOf(ObjectId O);
  /// The ends of the function's own return (or closing brace), not earlier ones.
  bool endsOnReturn(const Cause &C) const;
  /// The end of one of the function's locals or temporaries (in an inner block, a loop).
  bool endsLocal(const Cause &C) const;

  const clang::FunctionDecl &FD;
  ObjectResolver &Objects;
  ValueEvaluator &Values;
  LoanGraph &Graph;
  const std::map<const clang::VarDecl *, const clang::LambdaExpr *> &Lambdas;
  /// Returned expressions -> their return statement.
  llvm::DenseMap<const clang::Expr *, const clang::ReturnStmt *> Returns;
  /// Caller-visible objects -> the last statement that stored into them.
  std::map<ObjectId, const clang::Stmt *> Stores;
  /// Local pointers initialised with an out-parameter and never re-pointed -> the parameter.
  llvm::DenseMap<const clang::VarDecl *, const clang::ParmVarDecl *> OutCopies;
};

} // namespace tensorlife

#endif
