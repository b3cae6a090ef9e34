// What the value of an expression carries: the ends that already reached it and the loans it
// holds, from the object it designates or from the facts of the call that makes it
// (result_borrows, result_data, result_views, result_shares, result_adopts, result_depends,
// result_in_scope).
#ifndef TENSORLIFE_CORE_VALUEEVALUATOR_H
#define TENSORLIFE_CORE_VALUEEVALUATOR_H

#include "core/AnalysisContext.h"
#include "core/Expressions.h"
#include "core/LifetimeState.h"
#include "core/ObjectResolver.h"

#include "clang/AST/ASTContext.h"

namespace tensorlife {

class ValueEvaluator {
public:
  ValueEvaluator(clang::ASTContext &Ctx, AnalysisContext &AC, ObjectResolver &Objects)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), AC(AC), Objects(Objects) {}

  /// The value of an expression. *CopiedFrom: the tensor it copies (shares a buffer with);
  /// *MovedFrom: the object std::move'd out of.
  ObjectState evaluate(const clang::Expr *E, const LifetimeState &S,
                       ObjectId *CopiedFrom = nullptr, ObjectId *MovedFrom = nullptr);
  /// A value stored past its full-expression outlives the temporaries it borrows from.
  void bakeTemporaries(ObjectState &Value);
  /// The value a call returns, by its result facts (also what a `result_out` writes).
  ObjectState evaluateCall(const CallSite &C, const LifetimeState &S);

private:
  void addLoansOn(const clang::Expr *Arg, Relation Rel, const LifetimeState &S,
                  ObjectState &Result);
  const clang::VarDecl *innermostScope(const LifetimeState &S) const;

  clang::ASTContext &Ctx;
  clang::SourceManager &SM;
  AnalysisContext &AC;
  ObjectResolver &Objects;
};

} // namespace tensorlife

#endif
