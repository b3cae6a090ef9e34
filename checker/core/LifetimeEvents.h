// Lifetime events: what each CFG element does, read once from the AST and the model before the
// solver runs (which statement it is, the callee's facts, the operand a dereference reads
// through, the lambda a call runs). The transfer applies them to the state; what depends on the
// state (aliases, which object an expression designates there, values) is left to it.
#ifndef TENSORLIFE_CORE_LIFETIMEEVENTS_H
#define TENSORLIFE_CORE_LIFETIMEEVENTS_H

#include "core/AnalysisContext.h"
#include "core/Expressions.h"
#include "core/ObjectResolver.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Analysis/CFG.h"
#include "llvm/Support/raw_ostream.h"

#include <map>
#include <set>
#include <variant>
#include <vector>

namespace tensorlife {

/// A variable declared (one per variable of a declaration).
struct DeclareEvent {
  const clang::VarDecl *Var = nullptr;
  const clang::Expr *Init = nullptr;
  /// Brace initialisation: its members get the listed values.
  const clang::InitListExpr *List = nullptr;
  /// A range-for loop variable: the range it iterates.
  const clang::Expr *Range = nullptr;
  /// Initialised with a lambda: nothing else happens (calls of it run its body).
  bool Lambda = false;
};

/// A built-in assignment `LHS = RHS` to a variable, an array element, a member or through a
/// `T **out` parameter.
struct AssignEvent {
  const clang::BinaryOperator *Assign = nullptr;
  /// The local variable assigned, or the out-parameter written through (`*out = ...`).
  const clang::VarDecl *Var = nullptr;
  bool OutParameter = false;
  /// Any other place (LHS, without parentheses and implicit casts): an array element, a member,
  /// a global, `*pp`.
  const clang::Expr *Place = nullptr;
};

/// An element of an array of handles named (`parts[1]`): it holds what the whole array holds.
struct ElementNamedEvent {
  const clang::ArraySubscriptExpr *Subscript = nullptr;
};

/// A read (or write) through a raw pointer: `*p`, `p[i]`, `p->m`.
struct DereferenceEvent {
  const clang::Stmt *Deref = nullptr;
  /// The pointer read through (the base of pointer arithmetic).
  const clang::Expr *Pointer = nullptr;
  bool Written = false;
};

/// A call, with the facts of its callee.
struct CallEvent {
  CallSite Site;
  const clang::Expr *Call = nullptr;
  const std::vector<Fact> *Facts = nullptr;
  /// `x = v` by a class's operator=.
  bool Assignment = false;
};

/// A use of what a call's use facts name, inside a lambda's body when the lambda is called.
struct CallUsesEvent {
  CallSite Site;
  const std::vector<Fact> *Facts = nullptr;
};

/// A lambda called, directly or through a variable holding it: its body's uses happen here.
struct LambdaCallEvent {
  const clang::LambdaExpr *Lambda = nullptr;
  const clang::Expr *Call = nullptr;
  std::vector<std::variant<DereferenceEvent, CallUsesEvent>> Uses;
};

struct DeleteEvent {
  const clang::CXXDeleteExpr *Delete = nullptr;
};

struct ReturnEvent {
  const clang::ReturnStmt *Return = nullptr;
};

/// A variable that owns its value (not a reference or pointer) goes out of scope.
struct ScopeExitEvent {
  const clang::VarDecl *Var = nullptr;
  const clang::Stmt *Trigger = nullptr;
  clang::SourceLocation Where;
};

using Event = std::variant<DeclareEvent, AssignEvent, ElementNamedEvent, DereferenceEvent,
                           CallEvent, LambdaCallEvent, DeleteEvent, ReturnEvent, ScopeExitEvent>;

struct BlockEvents {
  std::vector<Event> Events;
  /// Where the events of the block's last element start (a `try` handler is entered from the
  /// state before them); Events.size() when that element has none.
  size_t LastElement = 0;
};

using LambdaVariables = std::map<const clang::VarDecl *, const clang::LambdaExpr *>;

struct FunctionEvents {
  /// By block id; empty for the blocks the solver cannot reach.
  std::vector<BlockEvents> Blocks;
  /// Local variables holding a lambda (directly or in a std::function): declared with it or
  /// assigned it; null when they are given several functions.
  LambdaVariables Lambdas;
  /// Members of `*this` or of a parameter that a condition mentions (null tests).
  std::set<std::pair<const clang::ParmVarDecl *, const clang::FieldDecl *>> TestedMembers;
};

/// The events of each block of \p Cfg, generated in reverse post-order (the order the solver
/// first visits them, and in which helpers' summaries are computed).
FunctionEvents generateEvents(const clang::CFG &Cfg, clang::ASTContext &Ctx, AnalysisContext &AC,
                              ObjectResolver &Objects);

/// An event as one line ("call sess.close() {close(this)}"), for debugging (DumpEvents).
void dump(const Event &E, clang::ASTContext &Ctx, llvm::raw_ostream &OS);
/// A block's events, one a line, indented.
void dump(const BlockEvents &B, clang::ASTContext &Ctx, llvm::raw_ostream &OS);

} // namespace tensorlife

#endif
