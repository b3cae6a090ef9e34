#include "core/PathNotes.h"

#include "clang/AST/Expr.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/Stmt.h"

#include <algorithm>
#include <optional>

namespace tensorlife {
using namespace clang;

bool PathNotes::contains(const Stmt *Outer, const Stmt *Inner) const {
  if (!Outer || !Inner)
    return false;
  SourceRange R = Outer->getSourceRange();
  SourceLocation L = Inner->getBeginLoc();
  if (R.isInvalid() || L.isInvalid())
    return false;
  return !SM.isBeforeInTranslationUnit(L, R.getBegin()) &&
         !SM.isBeforeInTranslationUnit(R.getEnd(), L);
}

const ParentMap &PathNotes::parents() {
  if (!Parents)
    Parents = std::make_unique<ParentMap>(FD.getBody());
  return *Parents;
}

std::vector<std::pair<const IfStmt *, bool>> PathNotes::branches(const Stmt *S, const Stmt *Other) {
  std::vector<std::pair<const IfStmt *, bool>> Result;
  if (!S || !Other || !FD.getBody())
    return Result;
  const Stmt *Child = S;
  for (const Stmt *P = parents().getParent(S); P; Child = P, P = parents().getParent(P)) {
    const auto *If = dyn_cast<IfStmt>(P);
    if (!If || !If->getCond())
      continue;
    bool InThen = Child == If->getThen(), InElse = Child == If->getElse();
    if ((InThen || InElse) && !contains(Child, Other))
      Result.push_back({If, InThen});
  }
  return Result;
}

std::vector<Note> PathNotes::assumptions(const Stmt *End, const Stmt *Use) {
  std::vector<Note> Notes;
  for (const auto &[If, Then] : branches(End, Use))
    Notes.push_back({If->getCond()->getBeginLoc(),
                     Then ? "assuming this condition is true" : "assuming this condition is false"});
  std::reverse(Notes.begin(), Notes.end());
  return Notes;
}

namespace {
struct WriteFinder : RecursiveASTVisitor<WriteFinder> {
  llvm::DenseSet<const VarDecl *> &Written;
  explicit WriteFinder(llvm::DenseSet<const VarDecl *> &W) : Written(W) {}
  void mark(const Expr *E) {
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
      if (const auto *V = dyn_cast<VarDecl>(DRE->getDecl()))
        Written.insert(V);
  }
  bool VisitBinaryOperator(BinaryOperator *B) {
    if (B->isAssignmentOp())
      mark(B->getLHS());
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *U) {
    if (U->isIncrementDecrementOp() || U->getOpcode() == UO_AddrOf)
      mark(U->getSubExpr());
    return true;
  }
  bool VisitCallExpr(CallExpr *C) {
    const FunctionDecl *Callee = C->getDirectCallee();
    for (unsigned I = 0; I < C->getNumArgs(); ++I) {
      bool ByRef = !Callee || I >= Callee->getNumParams() ||
                   (Callee->getParamDecl(I)->getType()->isLValueReferenceType() &&
                    !Callee->getParamDecl(I)->getType().getNonReferenceType().isConstQualified());
      if (ByRef)
        mark(C->getArg(I));
    }
    return true;
  }
  bool VisitLambdaExpr(LambdaExpr *L) {
    for (const LambdaCapture &Capture : L->captures())
      if (Capture.capturesVariable() && Capture.getCaptureKind() == LCK_ByRef)
        if (const auto *V = dyn_cast<VarDecl>(Capture.getCapturedVar()))
          Written.insert(V);
    return true;
  }
};

/// `c` or `!c` for a boolean variable: the variable and the value that makes it true.
std::optional<std::pair<const VarDecl *, bool>> asFlag(const Expr *Cond) {
  bool Value = true;
  Cond = Cond->IgnoreParenImpCasts();
  while (const auto *U = dyn_cast<UnaryOperator>(Cond)) {
    if (U->getOpcode() != UO_LNot)
      return std::nullopt;
    Value = !Value;
    Cond = U->getSubExpr()->IgnoreParenImpCasts();
  }
  const auto *DRE = dyn_cast<DeclRefExpr>(Cond);
  const auto *V = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!V || !V->getType()->isBooleanType() || !V->isLocalVarDeclOrParm())
    return std::nullopt;
  return std::make_pair(V, Value);
}
} // namespace

std::vector<PathNotes::Guard> PathNotes::guards(const Stmt *S, const Stmt *Other) {
  std::vector<Guard> Result;
  for (const auto &[If, Then] : branches(S, Other))
    if (auto Flag = asFlag(If->getCond()))
      Result.push_back({Flag->first, Then ? Flag->second : !Flag->second});
  return Result;
}

bool PathNotes::exclusive(const Stmt *End, const Stmt *Use) {
  std::vector<Guard> EndGuards = guards(End, Use);
  if (EndGuards.empty())
    return false;
  std::vector<Guard> UseGuards = guards(Use, End);
  if (!Written) {
    Written = std::make_unique<llvm::DenseSet<const VarDecl *>>();
    WriteFinder(*Written).TraverseStmt(FD.getBody());
  }
  for (const Guard &E : EndGuards)
    for (const Guard &U : UseGuards)
      if (E.first == U.first && E.second != U.second && !Written->count(E.first))
        return true;
  return false;
}

} // namespace tensorlife
