#include "core/LanguageRules.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"

namespace tensorlife {
using namespace clang;

bool holdsTrackedElements(QualType T, ApiModel &Model) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T.getNonReferenceType()->getAsCXXRecordDecl());
  if (!Spec || Spec->getTemplateArgs().size() == 0)
    return false;
  const TemplateArgument &Arg = Spec->getTemplateArgs()[0];
  if (Arg.getKind() != TemplateArgument::Type)
    return false;
  QualType Elem = Arg.getAsType();
  if (Elem->isPointerType())
    Elem = Elem->getPointeeType();
  return Model.roleOf(Elem) != TypeRole::None;
}

const Expr *dereferenced(const Stmt *St) {
  if (const auto *U = dyn_cast<UnaryOperator>(St); U && U->getOpcode() == UO_Deref)
    return U->getSubExpr();
  if (const auto *AS = dyn_cast<ArraySubscriptExpr>(St))
    return AS->getBase();
  if (const auto *ME = dyn_cast<MemberExpr>(St); ME && ME->isArrow())
    return ME->getBase();
  return nullptr;
}

const Expr *writtenThrough(const Stmt *St) {
  const auto *BO = dyn_cast<BinaryOperator>(St);
  if (!BO || !BO->isAssignmentOp())
    return nullptr;
  const Expr *LHS = BO->getLHS()->IgnoreParens();
  return dereferenced(LHS) ? LHS : nullptr;
}

} // namespace tensorlife
