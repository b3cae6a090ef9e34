#include "core/ValueEvaluator.h"

#include "core/LifetimeAnalysis.h"

#include "clang/Basic/SourceManager.h"

namespace tensorlife {
using namespace clang;

ObjectState ValueEvaluator::evaluate(const Expr *E, const LifetimeState &S, ObjectId *CopiedFrom,
                                     ObjectId *MovedFrom) {
  bool Moved = false;
  const Expr *Inner = Objects.designated(E, &Moved);
  if (!Inner)
    return {};
  if (const auto *Cond = dyn_cast<ConditionalOperator>(Inner)) {
    ObjectState A = evaluate(Cond->getTrueExpr(), S), B = evaluate(Cond->getFalseExpr(), S);
    A.Causes.insert(B.Causes.begin(), B.Causes.end());
    A.Loans.insert(B.Loans.begin(), B.Loans.end());
    return A;
  }
  if (ObjectId V = Objects.resolve(Inner, S)) {
    if (Moved && MovedFrom)
      *MovedFrom = V;
    if (CopiedFrom && !Moved && Objects.roleOf(V) == TypeRole::Tensor &&
        !Inner->getType()->isPointerType())
      *CopiedFrom = V;
    auto It = S.Objects.find(V);
    return It == S.Objects.end() ? ObjectState{} : It->second;
  }
  if (auto C = asCall(Inner))
    return evaluateCall(*C, S);
  // A modelled data member read (`bundle.session`) is like a call of an accessor; moved out of
  // (`std::move(bundle.session)`), its value is no longer its object's.
  if (auto C = asModelledMemberRead(Inner, Objects.model()))
    return Moved ? ObjectState{} : evaluateCall(*C, S);
  // `*call` and `&*call` are what the call returns (`*TfLiteInterpreterGetInputTensor(ip, 0)`).
  if (const auto *U = dyn_cast<UnaryOperator>(Inner);
      U && (U->getOpcode() == UO_Deref || U->getOpcode() == UO_AddrOf))
    return evaluate(U->getSubExpr(), S);
  return {};
}

ObjectState ValueEvaluator::evaluateCall(const CallSite &C, const LifetimeState &S) {
  ObjectState Result;
  for (const Fact &F : factsOfCall(C, Ctx, AC)) {
    switch (F.Kind) {
    case FactKind::ResultBorrows:
      addLoansOn(operandOf(C, F.Operands[0]), Relation::Borrowed, S, Result);
      break;
    case FactKind::ResultData:
      addLoansOn(operandOf(C, F.Operands[0]), Relation::Data, S, Result);
      break;
    case FactKind::ResultViews:
      addLoansOn(operandOf(C, F.Operands[0]), Relation::View, S, Result);
      break;
    case FactKind::ResultShares:
      // What the operand depends on, not the operand itself: its own end is not inherited.
      if (const Expr *Arg = operandOf(C, F.Operands[0])) {
        // Of a parameter: what it depends on is the caller's, said by the summary (result_shares).
        if (ObjectId Param = Objects.resolve(Arg, S);
            Param && !Param.Field && isa_and_nonnull<ParmVarDecl>(Param.Var))
          Result.Loans.insert({Param, Relation::Shares, false});
        ObjectState In = evaluate(Arg, S);
        Result.Loans.insert(In.Loans.begin(), In.Loans.end());
        for (const Cause &Dead : In.Causes)
          if (Dead.Rel != Relation::Self)
            Result.Causes.insert(Dead);
      }
      break;
    case FactKind::ResultAdopts:
      // Adopting with a real deleter owns the buffer; with a no-op one it only views it.
      if (isNoOpDeleter(operandOf(C, F.Operands[1]), Ctx))
        addLoansOn(operandOf(C, F.Operands[0]), Relation::View, S, Result);
      break;
    case FactKind::ResultDepends:
      for (Operand Op : F.Operands) {
        const Expr *Arg = operandOf(C, Op);
        if (!Arg)
          continue;
        ObjectId Input = Objects.resolve(Arg, S);
        ObjectState In = evaluate(Arg, S);
        if (Input)
          Result.Loans.insert({Input, Relation::Input, true});
        // Whatever the input depends on, the lazy result reads too, until materialised.
        auto Upstream = [&](Relation R) { return isLazy(R) ? Relation::UpstreamInput : R; };
        for (const Loan &L : In.Loans)
          Result.Loans.insert({L.Owner, Upstream(L.Rel), true});
        for (const Cause &Dead : In.Causes) {
          Relation R = Dead.Rel == Relation::Self ? Relation::Input : Upstream(Dead.Rel);
          Result.Causes.insert({Dead.Where, Dead.Owner, Dead.Kind, R, Dead.Site});
        }
      }
      break;
    case FactKind::ResultDead:
      // Reported where it escaped the callee: uses here are not reported again.
      if (C.Callee)
        Result.Causes.insert(
            {C.Callee->getLocation(), ObjectId{}, DeathKind::DeadOnReturn, Relation::View, nullptr});
      break;
    case FactKind::ResultInScope:
      if (const VarDecl *Scope = innermostScope(S))
        Result.Loans.insert({ObjectId::var(Scope), Relation::InScope, false});
      break;
    default:
      break;
    }
  }
  return Result;
}

void ValueEvaluator::addLoansOn(const Expr *Arg, Relation Rel, const LifetimeState &S,
                                ObjectState &Result) {
  if (!Arg)
    return;
  ObjectId Owner = Objects.resolve(Arg, S);
  auto Known = Owner ? S.Objects.find(Owner) : S.Objects.end();
  bool PointsIntoSomething = Owner && Objects.roleOf(Owner) == TypeRole::None &&
                             Known != S.Objects.end() && !Known->second.Loans.empty();
  if (Owner && !PointsIntoSomething) {
    // The data of a view (`from_blob(buf)`) is the viewed buffer's: it outlives the view.
    if (Rel == Relation::Data && Known != S.Objects.end() && Known->second.isLiveViewOnly()) {
      for (const Loan &L : Known->second.Loans)
        Result.Loans.insert({L.Owner, Relation::Data, false});
      return;
    }
    Result.Loans.insert({Owner, Rel, false});
    // A view over a buffer that already ended is born dangling. (Borrowing from a dead owner is
    // itself a use of it, reported there.)
    if (auto It = S.Objects.find(Owner); It != S.Objects.end() && Rel == Relation::View)
      for (const Cause &Dead : It->second.Causes)
        if (Dead.Rel == Relation::Self)
          Result.Causes.insert({Dead.Where, Dead.Owner, Dead.Kind, Rel, Dead.Site});
    return;
  }
  // A data pointer (or a temporary's data): the result depends on what that pointer points into.
  const Expr *Inner = Objects.designated(Arg);
  ObjectState In = evaluate(Arg, S);
  if (In.Loans.empty() && In.Causes.empty()) {
    if (Inner && Inner->isPRValue() && Objects.roleOfType(Inner->getType()) != TypeRole::None &&
        !Inner->getType()->isPointerType())
      Result.Loans.insert({{nullptr, nullptr, Inner}, Rel, false}); // a temporary owner
    return;
  }
  // Into what an unnamed intermediate borrows from is into its owner's memory:
  // TfLiteTensorData(TfLiteInterpreterGetInputTensor(ip, 0)) points into the interpreter.
  auto Composed = [&](Relation Inner) {
    return Inner == Relation::Data || (Inner == Relation::Borrowed && pointsIntoMemory(Rel)) ? Rel
                                                                                          : Inner;
  };
  for (const Loan &L : In.Loans)
    Result.Loans.insert({L.Owner, Composed(L.Rel), L.ViaInput});
  Result.Causes.insert(In.Causes.begin(), In.Causes.end());
}

void ValueEvaluator::bakeTemporaries(ObjectState &Value) {
  for (auto It = Value.Loans.begin(); It != Value.Loans.end();) {
    if (!It->Owner.Temp) {
      ++It;
      continue;
    }
    const Expr *Temp = It->Owner.Temp;
    Value.Causes.insert({Temp->getBeginLoc(), It->Owner, DeathKind::TemporaryEnded, It->Rel, Temp});
    It = Value.Loans.erase(It);
  }
}

const VarDecl *ValueEvaluator::innermostScope(const LifetimeState &S) const {
  const VarDecl *Inner = nullptr;
  for (const VarDecl *Scope : S.LiveScopes)
    if (!Inner || SM.isBeforeInTranslationUnit(Inner->getLocation(), Scope->getLocation()))
      Inner = Scope;
  return Inner;
}

} // namespace tensorlife
