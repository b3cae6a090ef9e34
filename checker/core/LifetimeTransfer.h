// The transfer function of the lifetime analysis: what one lifetime event (a declaration, an
// assignment, a call with its facts, a dereference, a scope exit) does to the state. Facts of
// callees decide what calls do; the loan graph carries ends to what depends on the owner; bad
// uses go to the reporter.
#ifndef TENSORLIFE_CORE_LIFETIMETRANSFER_H
#define TENSORLIFE_CORE_LIFETIMETRANSFER_H

#include "core/AnalysisContext.h"
#include "core/Escapes.h"
#include "core/Expressions.h"
#include "core/FindingReporter.h"
#include "core/LifetimeEvents.h"
#include "core/LifetimeState.h"
#include "core/LoanGraph.h"
#include "core/ObjectResolver.h"
#include "core/SharedOwnership.h"
#include "core/Summaries.h"
#include "core/ValueEvaluator.h"

#include "clang/AST/ExprCXX.h"

#include <map>

namespace tensorlife {

class LifetimeTransfer {
public:
  LifetimeTransfer(const clang::FunctionDecl &FD, clang::ASTContext &Ctx, AnalysisContext &AC,
                   ObjectResolver &Objects, LoanGraph &Graph, UseReporter &Reporter,
                   FunctionEffects &Effects, const LambdaVariables &Lambdas);

  /// Applies one event to \p S.
  void apply(const Event &E, LifetimeState &S);
  /// The state at the function's exit: what left it while depending on what died there.
  void atExit(const LifetimeState &S) { Escapes.atExit(S, Reporter, Effects); }

private:
  void on(const DeclareEvent &E, LifetimeState &S);
  void on(const AssignEvent &E, LifetimeState &S);
  void on(const ElementNamedEvent &E, LifetimeState &S);
  void on(const DereferenceEvent &E, LifetimeState &S) { onDereference(E, S); }
  void on(const CallEvent &E, LifetimeState &S);
  void on(const LambdaCallEvent &E, LifetimeState &S);
  void on(const DeleteEvent &E, LifetimeState &S);
  void on(const ReturnEvent &E, LifetimeState &S) { Escapes.onReturn(E.Return, S, Effects); }
  void on(const ScopeExitEvent &E, LifetimeState &S);
  /// The assignment `x = v` by a class's operator=; false when it assigns nothing tracked.
  bool onAssignCall(const CallEvent &E, LifetimeState &S);
  /// Brace initialisation of struct \p V: its members get the listed values.
  void initMembers(const clang::VarDecl *V, const clang::InitListExpr *List, LifetimeState &S);
  void onAssign(ObjectId Target, const clang::Expr *RHS, clang::SourceLocation Where,
                const clang::Stmt *Site, LifetimeState &S);
  /// Before pointer variable \p V is re-pointed: the pointers copied from it keep its old value.
  void keepOldValueInCopies(const clang::VarDecl *V, LifetimeState &S);
  /// A `replace` assignment of \p Target to \p RHS: its old value is let go, and what points into
  /// it dies, unless a copy still shares its storage or \p RHS is that storage again.
  void letGoOfValue(ObjectId Target, const clang::Expr *RHS, const clang::Expr *Call,
                    LifetimeState &S);
  /// Whether something borrows from \p Id (\p Borrowed) and whether a copy shares it (\p Copied).
  void lentOrCopied(ObjectId Id, LifetimeState &S, bool &Borrowed, bool &Copied);
  /// Member \p Field of the struct \p Base designates (a variable, `*this`), or a null ObjectId.
  ObjectId memberOf(const clang::Expr *Base, const clang::FieldDecl *Field,
                    const LifetimeState &S);
  /// A use of operand \p Op of call \p C (a member of an argument, by a summary, or the argument).
  void useOperand(const CallSite &C, Operand Op, FactKind Verb, bool Materialises,
                  LifetimeState &S, const clang::Expr *CalledAt = nullptr);
  /// The local struct variable that \p Value, given to the struct pointer \p Pointer, points at
  /// (`&j`), or a null ObjectId.
  ObjectId pointedStruct(const clang::VarDecl *Pointer, const clang::Expr *Value);
  /// The struct \p Whole designates is assigned as a whole: its members hold new values.
  void renewMembers(const clang::Expr *Whole, LifetimeState &S);
  /// Object \p Id, of type \p T, goes out of scope (a local variable, or a member of one).
  /// \p LastOwner: a shared pointer that was its object's last counted owner.
  void endAtScopeExit(ObjectId Id, clang::QualType T, clang::SourceLocation Where,
                      const clang::Stmt *Trigger, LifetimeState &S, bool LastOwner = false);
  /// Shared pointer \p V is assigned \p RHS: its old object ends if it was the last owner.
  void assignShared(const clang::VarDecl *V, const clang::Expr *RHS, const clang::Expr *Call,
                    LifetimeState &S);
  /// The members of a struct type that own or are tracked objects (not references or pointers),
  /// in declaration order.
  llvm::ArrayRef<const clang::FieldDecl *> ownedMembers(clang::QualType T);
  /// A read (or, on the left of an assignment, a write) through a pointer.
  void onDereference(const DereferenceEvent &E, LifetimeState &S,
                     const clang::Expr *CalledAt = nullptr);
  /// A run or read of \p Operand: a bad use if ends reached it; reading (\p Materialises) a lazy
  /// value computes it.
  void onUse(const clang::Expr *Operand, FactKind Verb, bool Materialises, LifetimeState &S,
             const clang::Expr *CalledAt = nullptr);
  /// The loan graph's end, and a scope ending leaves the live scopes.
  void endLifetime(ObjectId Owner, DeathKind Kind, clang::SourceLocation Where,
                   const clang::Stmt *Site, LifetimeState &S);
  /// Drops what is known of each element of \p Array: they hold what the whole array holds.
  void forgetElements(const clang::VarDecl *Array, LifetimeState &S);
  /// \p From was std::move'd out by \p Move: empty, and a session is left closed.
  void movedOut(ObjectId From, const clang::Expr *Move, LifetimeState &S);
  /// A `stores` call putting elements into \p Container: when it holds tracked objects, it now
  /// holds what they hold. Returns whether it does (the call then does nothing else).
  bool storeElements(const CallSite &C, const clang::Expr *Container, LifetimeState &S);

  clang::ASTContext &Ctx;
  clang::SourceManager &SM;
  AnalysisContext &AC;
  ApiModel &Model;
  ObjectResolver &Objects;
  LoanGraph &Graph;
  UseReporter &Reporter;
  FunctionEffects &Effects;
  ValueEvaluator Values;
  SharedOwnership Shared;
  /// Struct types -> ownedMembers().
  std::map<const clang::CXXRecordDecl *, llvm::SmallVector<const clang::FieldDecl *, 2>>
      OwnedMembers;
  EscapeTracker Escapes;
};

} // namespace tensorlife

#endif
