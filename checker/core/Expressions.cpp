#include "core/Expressions.h"

#include "core/ApiModel.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/StmtCXX.h"

namespace tensorlife {
using namespace clang;

std::optional<CallSite> asCall(const Stmt *S) {
  CallSite C;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(S)) {
    C.Callee = MC->getMethodDecl();
    C.This = MC->getImplicitObjectArgument();
    C.Args.append(MC->arg_begin(), MC->arg_end());
  } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(S)) {
    C.Callee = OC->getDirectCallee();
    unsigned First = 0;
    if (isa_and_nonnull<CXXMethodDecl>(C.Callee) && OC->getNumArgs() > 0) {
      C.This = OC->getArg(0);
      First = 1;
    }
    for (unsigned I = First; I < OC->getNumArgs(); ++I)
      C.Args.push_back(OC->getArg(I));
  } else if (const auto *CE = dyn_cast<CallExpr>(S)) {
    C.Callee = CE->getDirectCallee();
    if (!C.Callee)
      C.Member = functionTableMember(CE);
    C.Args.append(CE->arg_begin(), CE->arg_end());
  } else if (const auto *Ctor = dyn_cast<CXXConstructExpr>(S)) {
    C.Callee = Ctor->getConstructor();
    C.Args.append(Ctor->arg_begin(), Ctor->arg_end());
  } else {
    return std::nullopt;
  }
  if (!C.Callee && !C.Member)
    return std::nullopt;
  return C;
}

std::optional<CallSite> asModelledMemberRead(const Expr *E, ApiModel &Model) {
  const auto *ME = dyn_cast<MemberExpr>(E);
  const auto *Field = ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr;
  if (!Field || Field->getType()->isFunctionPointerType() || Model.factsOf(Field).empty())
    return std::nullopt;
  CallSite C;
  C.Member = Field;
  C.This = ME->getBase();
  return C;
}

const Expr *operandOf(const CallSite &C, Operand Op) {
  if (Op.isThis())
    return C.This;
  if (Op.Index < 0 || static_cast<size_t>(Op.Index) >= C.Args.size())
    return nullptr;
  return C.Args[Op.Index];
}

const FieldDecl *functionTableMember(const CallExpr *Call) {
  const Expr *E = Call->getCallee()->IgnoreParenImpCasts();
  if (const auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_Deref)
    E = U->getSubExpr()->IgnoreParenImpCasts();
  const auto *ME = dyn_cast<MemberExpr>(E);
  const auto *Field = ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr;
  return Field && Field->getType()->isFunctionPointerType() ? Field : nullptr;
}

const FunctionProtoType *CallSite::prototype() const {
  if (Callee)
    return Callee->getType()->getAs<FunctionProtoType>();
  if (Member)
    return Member->getType()->getPointeeType()->getAs<FunctionProtoType>();
  return nullptr;
}

/// What a cleanup, temporary or functional-cast wrapper wraps; null for anything else.
static const Expr *unwrapped(const Expr *E) {
  if (const auto *EWC = dyn_cast<ExprWithCleanups>(E))
    return EWC->getSubExpr();
  if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
    return M->getSubExpr();
  if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
    return B->getSubExpr();
  if (const auto *F = dyn_cast<CXXFunctionalCastExpr>(E))
    return F->getSubExpr();
  return nullptr;
}

/// The operand a call's result is, by the callee's `result_aliases` / `result_moves` facts; null
/// for any other expression.
static const Expr *resultOperand(const Expr *E, ApiModel &Model, bool *Moved) {
  const auto *Call = dyn_cast<CallExpr>(E);
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (!Callee)
    return nullptr;
  for (const Fact &F : Model.factsOf(Callee)) {
    if (F.Kind != FactKind::ResultAliases && F.Kind != FactKind::ResultMoves)
      continue;
    std::optional<CallSite> C = asCall(E);
    const Expr *Operand = C ? operandOf(*C, F.Operands[0]) : nullptr;
    if (!Operand)
      continue;
    if (F.Kind == FactKind::ResultMoves && Moved)
      *Moved = true;
    return Operand;
  }
  return nullptr;
}

const Expr *designated(const Expr *E, ApiModel &Model, bool *Moved) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    // A pointer cast still points at the same memory: static_cast<float *>(TF_TensorData(t)).
    if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E);
        Cast && Cast->getType()->isPointerType() && !isa<CXXFunctionalCastExpr>(Cast))
      E = Cast->getSubExpr()->IgnoreParenImpCasts();
    if (const Expr *Inner = unwrapped(E))
      E = Inner;
    else if (const auto *CE = dyn_cast<CXXConstructExpr>(E);
             CE && CE->getNumArgs() == 1 && CE->getConstructor()->isCopyOrMoveConstructor())
      E = CE->getArg(0);
    else if (const Expr *Operand = resultOperand(E, Model, Moved))
      E = Operand;
    else
      break;
  }
  return E;
}

const VarDecl *addressedVariable(const Expr *E, ApiModel &Model) {
  const auto *U = dyn_cast_or_null<UnaryOperator>(designated(E, Model));
  if (!U || U->getOpcode() != UO_AddrOf)
    return nullptr;
  const auto *DRE = dyn_cast<DeclRefExpr>(U->getSubExpr()->IgnoreParenImpCasts());
  const auto *V = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  return V && V->isLocalVarDeclOrParm() ? V : nullptr;
}

const ParmVarDecl *writtenOutParameter(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_Deref)
    E = U->getSubExpr()->IgnoreParenImpCasts();
  else
    return nullptr;
  return outParameterArgument(E);
}

const ParmVarDecl *outParameterArgument(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *Addr = dyn_cast<UnaryOperator>(E); Addr && Addr->getOpcode() == UO_AddrOf)
    return writtenOutParameter(Addr->getSubExpr());
  const auto *DRE = dyn_cast<DeclRefExpr>(E);
  const auto *P = DRE ? dyn_cast<ParmVarDecl>(DRE->getDecl()) : nullptr;
  if (!P || !P->getType()->isPointerType())
    return nullptr;
  return P->getType()->getPointeeType()->isPointerType() ? P : nullptr;
}

bool isMoveOnly(QualType T) {
  const CXXRecordDecl *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition())
    return false;
  RD = RD->getDefinition();
  if (RD->needsImplicitCopyConstructor()) // not declared yet: would it be deleted?
    return RD->defaultedCopyConstructorIsDeleted() || RD->hasUserDeclaredMoveConstructor() ||
           RD->hasUserDeclaredMoveAssignment();
  for (const CXXConstructorDecl *Ctor : RD->ctors())
    if (Ctor->isCopyConstructor() && !Ctor->isDeleted())
      return false;
  return true;
}

const LambdaExpr *lambdaIn(const Expr *E) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *L = dyn_cast<LambdaExpr>(E))
      return L;
    if (const Expr *Inner = unwrapped(E))
      E = Inner;
    else if (const auto *CE = dyn_cast<CXXConstructExpr>(E); CE && CE->getNumArgs() >= 1)
      E = CE->getArg(0); // std::function<...>(lambda)
    else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E);
             MC && isa_and_nonnull<CXXConversionDecl>(MC->getMethodDecl()))
      E = MC->getImplicitObjectArgument(); // a lambda converted to a function pointer
    else
      return nullptr;
  }
  return nullptr;
}

static bool hasEmptyBody(const FunctionDecl *FD) {
  const FunctionDecl *Def = FD ? FD->getDefinition() : nullptr;
  const auto *Body = Def ? dyn_cast_or_null<CompoundStmt>(Def->getBody()) : nullptr;
  return Body && Body->body_empty();
}

bool isNoOpDeleter(const Expr *E, ASTContext &Ctx) {
  if (!E)
    return false;
  E = E->IgnoreParenImpCasts();
  if (E->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull) != Expr::NPCK_NotNull)
    return true;
  if (const auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_Plus)
    E = U->getSubExpr()->IgnoreParenImpCasts(); // +[](...) {}
  if (const auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_AddrOf)
    E = U->getSubExpr()->IgnoreParenImpCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return hasEmptyBody(dyn_cast<FunctionDecl>(DRE->getDecl()));
  if (const LambdaExpr *L = lambdaIn(E))
    return L->getBody() && cast<CompoundStmt>(L->getBody())->body_empty();
  return false;
}

} // namespace tensorlife
