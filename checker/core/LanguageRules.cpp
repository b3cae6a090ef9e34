#include "core/LanguageRules.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"

namespace tensorlife {
using namespace clang;

QualType elementType(QualType T) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T.getNonReferenceType()->getAsCXXRecordDecl());
  if (!Spec || Spec->getTemplateArgs().size() == 0)
    return {};
  // An associative container's elements are its mapped values (`mapped_type`), the keys are not
  // owned objects; any other container's are its first template argument.
  for (const Decl *D : Spec->decls())
    if (const auto *Alias = dyn_cast<TypedefNameDecl>(D); Alias && Alias->getName() == "mapped_type")
      return Alias->getUnderlyingType();
  const TemplateArgument &Arg = Spec->getTemplateArgs()[0];
  return Arg.getKind() == TemplateArgument::Type ? Arg.getAsType() : QualType();
}

bool holdsTrackedElements(QualType T, ApiModel &Model) {
  QualType Elem = elementType(T);
  if (Elem.isNull())
    return false;
  if (Elem->isPointerType())
    Elem = Elem->getPointeeType();
  else if (QualType Pointee = Model.pointee(Elem); !Pointee.isNull())
    Elem = Pointee; // std::unique_ptr<Ort::Session> elements
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

const Expr *arithmeticBase(const Expr *E) {
  for (const Expr *Inner = E->IgnoreParenImpCasts();; Inner = Inner->IgnoreParenImpCasts()) {
    if (!Inner->getType()->isPointerType())
      return E;
    if (const auto *BO = dyn_cast<BinaryOperator>(Inner); BO && BO->isAdditiveOp())
      Inner = BO->getLHS()->getType()->isPointerType() ? BO->getLHS() : BO->getRHS();
    else if (const auto *U = dyn_cast<UnaryOperator>(Inner); U && U->isIncrementDecrementOp())
      Inner = U->getSubExpr();
    else
      return Inner == E->IgnoreParenImpCasts() ? E : Inner;
  }
}

const Expr *writtenThrough(const Stmt *St) {
  const auto *BO = dyn_cast<BinaryOperator>(St);
  if (!BO || !BO->isAssignmentOp())
    return nullptr;
  const Expr *LHS = BO->getLHS()->IgnoreParens();
  return dereferenced(LHS) ? LHS : nullptr;
}

} // namespace tensorlife
