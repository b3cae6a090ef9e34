// Reading C++ expressions the way the lifetime analysis needs them: calls of any syntax lined up
// with their callee's parameters, and what an expression designates once wrappers are peeled off.
#ifndef TENSORLIFE_CORE_EXPRESSIONS_H
#define TENSORLIFE_CORE_EXPRESSIONS_H

#include "core/Fact.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/SmallVector.h"

#include <optional>

namespace tensorlife {

/// A call of any syntax, with `this` and arguments lined up with the callee's parameters.
struct CallSite {
  /// The function called; null for a call through a function table (then Member is set).
  const clang::FunctionDecl *Callee = nullptr;
  /// A call through a struct member of function-pointer type (`api->ReleaseSession(s)`, a C
  /// API's function table): the member, which models name (`OrtApi::ReleaseSession`).
  const clang::FieldDecl *Member = nullptr;
  const clang::Expr *This = nullptr;
  llvm::SmallVector<const clang::Expr *, 4> Args;

  /// The called function's prototype (the member's pointee for a function table), if any.
  const clang::FunctionProtoType *prototype() const;
};

/// The member of function-pointer type a call goes through (`api->Run(...)`,
/// `(*api->Run)(...)`), or null.
const clang::FieldDecl *functionTableMember(const clang::CallExpr *Call);

std::optional<CallSite> asCall(const clang::Stmt *S);

class ApiModel;
/// A read of a data member the models describe (`bundle.session`), as a call of it on its
/// object: Member is the data member, This the object.
std::optional<CallSite> asModelledMemberRead(const clang::Expr *E, ApiModel &Model);

/// The argument (or `this`) of a call that a fact operand names; null when the call has no such
/// argument.
const clang::Expr *operandOf(const CallSite &C, Operand Op);

class ApiModel;

/// Looks through what does not change which object an expression designates: parentheses,
/// casts, temporaries, copies, and calls whose result is one of their operands by their facts
/// (`result_aliases`: a smart pointer's `p->`, `*p`, `p.get()`; `result_moves`: std::move).
/// Sets *Moved when a `result_moves` call was passed.
const clang::Expr *designated(const clang::Expr *E, ApiModel &Model, bool *Moved = nullptr);

/// The local variable whose address \p E takes (`&v`, through casts such as
/// `reinterpret_cast<void **>(&v)`), or null: where an out-parameter writes.
const clang::VarDecl *addressedVariable(const clang::Expr *E, ApiModel &Model);

/// `*out`, where `out` is a `T **` parameter: the C-style out-parameter the function writes its
/// result through; null for anything else.
const clang::ParmVarDecl *writtenOutParameter(const clang::Expr *E);
/// `out` or `&*out`, where `out` is a `T **` parameter: an out-parameter argument that writes
/// through the function's own out-parameter; null for anything else.
const clang::ParmVarDecl *outParameterArgument(const clang::Expr *E);

/// True for a class that can be moved but not copied (a unique owner such as `Ort::Value`): once
/// moved from, it holds nothing.
bool isMoveOnly(clang::QualType T);

/// The lambda an initializer or callee stands for (through std::function and conversions).
const clang::LambdaExpr *lambdaIn(const clang::Expr *E);

/// True for `nullptr`, `0`, and functions or lambdas whose body is empty: a deleter that frees
/// nothing.
bool isNoOpDeleter(const clang::Expr *E, clang::ASTContext &Ctx);

} // namespace tensorlife

#endif
