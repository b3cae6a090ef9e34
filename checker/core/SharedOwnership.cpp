#include "core/SharedOwnership.h"

#include "core/LifetimeAnalysis.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

namespace tensorlife {
using namespace clang;

namespace {

bool endsOperand(const Fact &F) {
  return (F.Kind == FactKind::Close || F.Kind == FactKind::Release ||
          F.Kind == FactKind::Destroy) &&
         !F.Operands.empty();
}

bool isComparison(OverloadedOperatorKind Op) {
  switch (Op) {
  case OO_EqualEqual:
  case OO_ExclaimEqual:
  case OO_Less:
  case OO_Greater:
  case OO_LessEqual:
  case OO_GreaterEqual:
  case OO_Spaceship:
    return true;
  default:
    return false;
  }
}

/// The mentions of owner variables in a body, and those of them whose context is known to make
/// no copy that escapes the count: a const member call (`get()`, `->`, `*`, `operator bool`), a
/// member call whose facts end or reseat it (`reset()`), a comparison, being assigned, or
/// initialising or being assigned to another owner variable. Nothing inside a lambda is known.
class OwnerUses : public RecursiveASTVisitor<OwnerUses> {
public:
  OwnerUses(SharedOwnership &Shared, ObjectResolver &Objects, ApiModel &Model)
      : Shared(Shared), Objects(Objects), Model(Model) {}

  llvm::DenseSet<const VarDecl *> escaping() const {
    llvm::DenseSet<const VarDecl *> Result;
    for (const DeclRefExpr *D : All)
      if (!Known.count(D))
        Result.insert(cast<VarDecl>(D->getDecl()));
    return Result;
  }

  bool VisitDeclRefExpr(DeclRefExpr *D) {
    if (const auto *V = dyn_cast<VarDecl>(D->getDecl()); V && Shared.isOwnerVariable(V))
      All.push_back(D);
    return true;
  }
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *MC) {
    if (knownMethod(MC->getMethodDecl()))
      know(ownerRef(MC->getImplicitObjectArgument()));
    return true;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *OC) {
    if (OC->getNumArgs() == 0)
      return true;
    const auto *Method = dyn_cast_or_null<CXXMethodDecl>(OC->getDirectCallee());
    if (Method && OC->getOperator() == OO_Equal) {
      if (const DeclRefExpr *Target = ownerRef(OC->getArg(0))) {
        know(Target);
        if (OC->getNumArgs() > 1)
          know(ownerRef(Objects.designated(OC->getArg(1))));
      }
    } else if (Method && knownMethod(Method)) {
      know(ownerRef(OC->getArg(0)));
    } else if (!Method && isComparison(OC->getOperator())) {
      for (const Expr *Arg : OC->arguments())
        know(ownerRef(Arg));
    }
    return true;
  }
  bool VisitVarDecl(VarDecl *V) {
    if (V->getInit() && Shared.isOwnerVariable(V))
      know(ownerRef(Objects.designated(V->getInit())));
    return true;
  }
  bool TraverseLambdaExpr(LambdaExpr *L) {
    ++InLambda;
    bool Result = RecursiveASTVisitor::TraverseLambdaExpr(L);
    --InLambda;
    return Result;
  }

private:
  const DeclRefExpr *ownerRef(const Expr *E) {
    const auto *D = E ? dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()) : nullptr;
    const auto *V = D ? dyn_cast<VarDecl>(D->getDecl()) : nullptr;
    return V && Shared.isOwnerVariable(V) ? D : nullptr;
  }
  bool knownMethod(const CXXMethodDecl *M) {
    if (!M || isa<CXXConstructorDecl>(M))
      return false;
    if (M->isConst())
      return true;
    return llvm::any_of(Model.factsOf(M), [](const Fact &F) {
      return endsOperand(F) || F.Kind == FactKind::Reseat;
    });
  }
  void know(const DeclRefExpr *D) {
    if (D && !InLambda)
      Known.insert(D);
  }

  SharedOwnership &Shared;
  ObjectResolver &Objects;
  ApiModel &Model;
  llvm::SmallVector<const DeclRefExpr *, 8> All;
  llvm::DenseSet<const DeclRefExpr *> Known;
  unsigned InLambda = 0;
};

} // namespace

bool SharedOwnership::isOwnerVariable(const VarDecl *V) {
  return V && V->hasLocalStorage() && !V->getType()->isReferenceType() &&
         AC.Model.pointerRole(V->getType()) == TypeRole::SharedPointer &&
         Objects.roleOfVariable(V) != TypeRole::None;
}

const VarDecl *SharedOwnership::ownerVariableOf(const Expr *E) {
  const Expr *Inner = E ? Objects.designated(E) : nullptr;
  const auto *D = Inner ? dyn_cast<DeclRefExpr>(Inner) : nullptr;
  const auto *V = D ? dyn_cast<VarDecl>(D->getDecl()) : nullptr;
  return isOwnerVariable(V) ? V : nullptr;
}

bool SharedOwnership::copied(const VarDecl *V, const Expr *Init, LifetimeState &S) {
  // A new value: whatever V owned or aliased before no longer counts.
  S.Aliases.erase(V);
  S.SharedOwners.erase(V);
  bool Moved = false;
  const auto *D = Init ? dyn_cast_or_null<DeclRefExpr>(Objects.designated(Init, &Moved)) : nullptr;
  const auto *From = D ? dyn_cast<VarDecl>(D->getDecl()) : nullptr;
  if (!isOwnerVariable(From) || From == V)
    return false;
  ObjectId Object = ObjectId::var(From);
  if (auto Alias = S.Aliases.find(From); Alias != S.Aliases.end())
    Object = Alias->second;
  if (!Object || !Object.isVariable() || !S.SharedOwners.count(Object.Var))
    return false;
  if (escapes(V)) {
    S.SharedOwners.erase(Object.Var); // a copy that may be copied on unseen: no longer counted
    return false;
  }
  S.Aliases[V] = Object;
  if (Moved)
    letGo(From, S); // the moved-from pointer is empty; V keeps the object alive
  return true;
}

void SharedOwnership::adopted(const VarDecl *V, const Expr *Init, LifetimeState &S) {
  const Expr *Inner = Init ? Objects.designated(Init) : nullptr;
  std::optional<CallSite> C = Inner ? asCall(Inner) : std::nullopt;
  if (!C)
    return;
  for (const Fact &F : factsOfCall(*C, Ctx, AC))
    if (F.Kind == FactKind::ResultAdopts && F.Operands.size() == 2 &&
        endsWhatItGets(operandOf(*C, F.Operands[1]))) {
      if (!escapes(V))
        S.SharedOwners.insert(V);
      return;
    }
}

SharedOwnership::LetGo SharedOwnership::letGo(const VarDecl *V, LifetimeState &S) {
  ObjectId Me = ObjectId::var(V);
  if (auto Alias = S.Aliases.find(V); Alias != S.Aliases.end()) {
    // A copy: the object it aliases lives on in the owner it was copied from.
    S.Aliases.erase(Alias);
    S.SharedOwners.erase(V);
    Graph.reinit(Me, {}, {}, S);
    return LetGo::OthersRemain;
  }
  if (!S.SharedOwners.erase(V))
    return LetGo::NotCounted;
  const VarDecl *Keeper = nullptr;
  bool Unknown = false;
  for (const auto &[Alias, Target] : S.Aliases) {
    if (!isOwnerVariable(Alias))
      continue;
    if (!Target)
      Unknown = true; // a copy of something, on some path: the count is lost
    else if (Target == Me && !Keeper)
      Keeper = Alias;
  }
  if (Keeper) {
    // A copy takes the object over, with what borrows from it and the other copies.
    Graph.handOver(Me, ObjectId::var(Keeper), S);
    S.Aliases.erase(Keeper);
    for (auto &[Alias, Target] : S.Aliases)
      if (Target == Me)
        Target = ObjectId::var(Keeper);
    S.SharedOwners.insert(Keeper);
    Graph.reinit(Me, {}, {}, S);
    return LetGo::OthersRemain;
  }
  return Unknown ? LetGo::NotCounted : LetGo::Last;
}

bool SharedOwnership::escapes(const VarDecl *V) {
  const auto *FD = dyn_cast<FunctionDecl>(V->getDeclContext());
  const Stmt *Body = FD ? FD->getBody() : nullptr;
  if (!Body)
    return true;
  auto [It, New] = Escaping.try_emplace(Body);
  if (New) {
    OwnerUses Uses(*this, Objects, AC.Model);
    Uses.TraverseStmt(const_cast<Stmt *>(Body));
    It->second = Uses.escaping();
  }
  return It->second.count(V);
}

bool SharedOwnership::endsWhatItGets(const Expr *Deleter) {
  if (!Deleter)
    return false;
  const Expr *E = Deleter->IgnoreParenImpCasts();
  if (const auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_AddrOf)
    E = U->getSubExpr()->IgnoreParenImpCasts();
  const auto *D = dyn_cast<DeclRefExpr>(E);
  const auto *FD = D ? dyn_cast<FunctionDecl>(D->getDecl()) : nullptr;
  if (!FD)
    return false;
  return llvm::any_of(factsOfCallee(*FD, Ctx, AC), [](const Fact &F) {
    return endsOperand(F) && F.Operands[0].Index == 0;
  });
}

} // namespace tensorlife
