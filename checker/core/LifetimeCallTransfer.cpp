// The transfer of calls: what a call does by its callee's facts (uses before the call's own
// effects, then ends, invalidations, reseats, results written through out-parameters, moves),
// a class's operator= assigning a tracked object, and the uses of a lambda's body where it is
// called.
#include "core/LifetimeTransfer.h"

#include "core/LanguageRules.h"
#include "core/LifetimeAnalysis.h"

namespace tensorlife {
using namespace clang;

namespace {

bool isUse(FactKind K) {
  return K == FactKind::Run || K == FactKind::Read || K == FactKind::Write;
}

bool isEnd(FactKind K) {
  return K == FactKind::Close || K == FactKind::Release || K == FactKind::Destroy;
}

DeathKind deathOf(FactKind K) {
  switch (K) {
  case FactKind::Close:
    return DeathKind::Closed;
  case FactKind::Destroy:
    return DeathKind::Destroyed;
  default:
    return DeathKind::Released;
  }
}

} // namespace

void LifetimeTransfer::useOperand(const CallSite &C, Operand Op, FactKind Verb, bool Materialises,
                                  LifetimeState &S, const Expr *CalledAt) {
  const Expr *Arg = operandOf(C, Op);
  if (!Op.Member) {
    onUse(Arg, Verb, Materialises, S, CalledAt);
    return;
  }
  // A member the callee uses (its summary): a bad use when an end reached it here.
  ObjectId Member = Arg ? memberOf(Arg, Op.Member, S) : ObjectId{};
  if (!Member)
    return;
  Effects.noteParam(Member, Verb);
  if (auto It = S.Objects.find(Member); It != S.Objects.end() && !It->second.Causes.empty())
    Reporter.badMemberUse(Arg, Member, Verb, It->second.Causes, CalledAt);
}

void LifetimeTransfer::letGoOfValue(ObjectId Target, const Expr *RHS, const Expr *Call,
                                    LifetimeState &S) {
  // The new value is the old storage again (`t = t.reshape(...)`): nothing is let go.
  for (const Expr *E = Objects.designated(RHS); E;) {
    if (Objects.resolve(E, S) == Target)
      return;
    std::optional<CallSite> Inner = asCall(E);
    const Expr *Source = nullptr;
    for (const Fact &F : Inner ? factsOfCall(*Inner, Ctx, AC) : std::vector<Fact>{})
      if (F.Kind == FactKind::ResultShares)
        Source = operandOf(*Inner, F.Operands[0]);
    E = Source ? Objects.designated(Source) : nullptr;
  }
  // As at its scope exit: the only owner of the storage takes it along, a copy keeps it alive.
  bool Borrowed = false, Copied = false;
  lentOrCopied(Target, S, Borrowed, Copied);
  if (Borrowed && !Copied)
    endLifetime(Target, DeathKind::Replaced, Call->getBeginLoc(), Call, S);
}

bool LifetimeTransfer::onAssignCall(const CallEvent &E, LifetimeState &S) {
  const CallSite &C = E.Site;
  if (const VarDecl *Owner = Shared.ownerVariableOf(C.This)) {
    assignShared(Owner, C.Args[0], E.Call, S);
    return true;
  }
  if (ObjectId Target = Escapes.storeTarget(C.This, S)) {
    if (llvm::any_of(*E.Facts, [](const Fact &F) { return F.Kind == FactKind::Replace; }))
      letGoOfValue(Target, C.Args[0], E.Call, S);
    onAssign(Target, C.Args[0], E.Call->getBeginLoc(), E.Call, S);
    return true;
  }
  renewMembers(C.This, S);
  return false;
}

void LifetimeTransfer::on(const CallEvent &E, LifetimeState &S) {
  // Assigning a tracked object gives it a new value.
  if (E.Assignment && onAssignCall(E, S))
    return;
  const CallSite &C = E.Site;
  const Expr *Call = E.Call;
  const std::vector<Fact> &Facts = *E.Facts;
  for (const Fact &F : Facts)
    if (F.Kind == FactKind::Stores && storeElements(C, operandOf(C, F.Operands[0]), S)) {
      Escapes.noteStore(Escapes.storeTarget(operandOf(C, F.Operands[0]), S), Call);
      return;
    }
  // Uses happen before the call's own effects: `keep(t)` reads t, `release(t)` does not.
  for (const Fact &F : Facts)
    if (isUse(F.Kind))
      for (Operand Op : F.Operands)
        useOperand(C, Op, F.Kind, F.Kind == FactKind::Read, S);
  // A shared pointer letting go (reset): its object ends only with the last counted owner.
  const VarDecl *SharedOwner = nullptr;
  bool SharedEnds = false;
  for (const Fact &F : Facts)
    if (isEnd(F.Kind) || F.Kind == FactKind::Reseat)
      if (const VarDecl *Owner = Shared.ownerVariableOf(operandOf(C, F.Operands[0]))) {
        SharedOwner = Owner;
        SharedEnds |= isEnd(F.Kind);
      }
  auto ByShared = [&](const Fact &F) {
    return SharedOwner && Shared.ownerVariableOf(operandOf(C, F.Operands[0])) == SharedOwner;
  };
  for (const Fact &F : Facts) {
    if (!isEnd(F.Kind) && F.Kind != FactKind::Open && F.Kind != FactKind::Invalidate)
      continue;
    if (isEnd(F.Kind) && ByShared(F))
      continue;
    const Expr *Arg = operandOf(C, F.Operands[0]);
    const FieldDecl *Member = F.Operands[0].Member;
    ObjectId Target = !Member ? Objects.resolve(Arg, S)
                      : Arg   ? memberOf(Arg, Member, S)
                              : ObjectId{};
    if (!Target)
      continue;
    if (isEnd(F.Kind))
      Effects.noteParam(Target, F.Kind);
    else
      Effects.noteMember(Target, F.Kind); // a member re-opened or re-allocated, for the callers
    if (F.Kind == FactKind::Open)
      Graph.reinit(Target, {}, {}, S);
    else if (F.Kind == FactKind::Invalidate)
      Graph.invalidate(Target, Call->getBeginLoc(), Call, S);
    else
      endLifetime(Target, deathOf(F.Kind), Call->getBeginLoc(), Call, S);
  }
  // A container destroying elements (pop_back, erase, clear): what was taken from them dies.
  for (const Fact &F : Facts)
    if (F.Kind == FactKind::EndsElements)
      if (const Expr *ContainerExpr = operandOf(C, F.Operands[0]);
          ContainerExpr && holdsTrackedElements(ContainerExpr->getType(), Model))
        if (ObjectId Container = Objects.resolve(ContainerExpr, S); Container && S.Objects.count(Container)) {
          ObjectId Element = Container;
          Element.Element = ObjectId::AnyElement;
          Graph.endElements(Container, Element, DeathKind::Destroyed, Call->getBeginLoc(), Call, S);
        }
  // After the end a reset brings: raw pointers taken from the smart pointer keep the old object.
  for (const Fact &F : Facts)
    if (F.Kind == FactKind::Reseat && !ByShared(F))
      if (ObjectId Target = Objects.resolve(operandOf(C, F.Operands[0]), S)) {
        Graph.reseat(Target, S);
        // Given a new object (`reset(new Session)`): a member re-initialised for the callers.
        if (llvm::any_of(C.Args, [&](const Expr *A) {
              return !isa<CXXDefaultArgExpr>(A) &&
                     A->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull) ==
                         Expr::NPCK_NotNull;
            }))
          Effects.noteMember(Target, FactKind::Open);
      }
  if (SharedOwner) {
    ObjectId Owner = ObjectId::var(SharedOwner);
    switch (Shared.letGo(SharedOwner, S)) {
    case SharedOwnership::LetGo::Last:
      if (SharedEnds)
        endLifetime(Owner, DeathKind::Destroyed, Call->getBeginLoc(), Call, S);
      Graph.reseat(Owner, S);
      break;
    case SharedOwnership::LetGo::NotCounted:
      Graph.reseat(Owner, S); // as any smart pointer letting go; other owners may live
      break;
    case SharedOwnership::LetGo::OthersRemain:
      break;
    }
  }
  // A value X keeps a counted reference to (bound to a binding): what it depends on, not the
  // value itself, must outlive running X. The last value held is followed.
  for (const Fact &F : Facts)
    if (F.Kind == FactKind::Holds)
      if (ObjectId Holder = Objects.resolve(operandOf(C, F.Operands[0]), S);
          Holder && !Holder.Temp && Holder.Element == ObjectId::Whole)
        if (const Expr *Held = operandOf(C, F.Operands[1])) {
          ObjectState Value = Values.evaluate(Held, S), Kept;
          Kept.Loans = Value.Loans;
          for (const Cause &Dead : Value.Causes)
            if (Dead.Rel != Relation::Self)
              Kept.Causes.insert(Dead);
          Values.bakeTemporaries(Kept);
          Holder.Element = ObjectId::Held;
          Graph.reinit(Holder, std::move(Kept), {}, S);
        }
  // A result written through an out-parameter (`&v`) is assigned to what it points to.
  for (const Fact &F : Facts) {
    if (F.Kind != FactKind::ResultOut)
      continue;
    const Expr *Out = operandOf(C, F.Operands[0]);
    ObjectId Target = Objects.resolve(Out, S);
    if (const VarDecl *V = Target ? nullptr : addressedVariable(Out, Model))
      Target = ObjectId::var(V); // a data pointer starts being tracked here
    if (const ParmVarDecl *P = Target || !Out ? nullptr : outParameterArgument(Out))
      Target = ObjectId::var(P); // written through the function's own `T **out`
    if (!Target && Out)
      Target = Escapes.writtenThrough(Out, S); // `&out[1]`, a local copy of `out`
    if (Target) {
      ObjectState Value = Values.evaluateCall(C, S);
      Values.bakeTemporaries(Value);
      Graph.reinit(Target, std::move(Value), {}, S);
      Escapes.noteStore(Target, Call);
    }
  }

  // Arguments std::move'd into a call are left empty. (Moves into a variable are handled where
  // the variable is initialised or assigned.)
  const auto *Proto = C.prototype();
  const auto *Ctor = dyn_cast_or_null<CXXConstructorDecl>(C.Callee);
  bool VariableMove = Ctor && Ctor->isCopyOrMoveConstructor();
  for (size_t I = 0; I < C.Args.size() && !VariableMove; ++I) {
    bool Moved = false;
    Objects.designated(C.Args[I], &Moved);
    if (Moved && Proto && I < Proto->getNumParams() &&
        !Proto->getParamType(I)->isLValueReferenceType())
      if (ObjectId From = Objects.resolve(C.Args[I], S))
        movedOut(From, C.Args[I], S);
  }

  // Optionally, a call we know nothing about may release what it gets by non-const pointer/ref.
  if (Facts.empty() && C.Callee && !C.Callee->hasBody() && Proto) {
    for (size_t I = 0; I < C.Args.size() && I < Proto->getNumParams(); ++I) {
      QualType P = Proto->getParamType(I);
      bool Mutable = P->isPointerType() && !P->getPointeeType().isConstQualified();
      ObjectId Target = Mutable ? Objects.resolve(C.Args[I], S) : ObjectId{};
      if (!Target || Objects.roleOf(Target) == TypeRole::None)
        continue;
      if (AC.Options.UnknownCallsMayRelease)
        endLifetime(Target, DeathKind::MaybeReleased, Call->getBeginLoc(), Call, S);
      else if (AC.Options.Debug)
        Reporter.remark(Call->getBeginLoc(), "tensorlife: assuming '" +
                                                 C.Callee->getNameAsString() +
                                                 "', which has no model and no visible body, does "
                                                 "not release '" +
                                                 Objects.nameOf(Target) + "'");
    }
  }
}

bool LifetimeTransfer::storeElements(const CallSite &C, const Expr *ContainerExpr,
                                     LifetimeState &S) {
  if (!ContainerExpr || !holdsTrackedElements(ContainerExpr->getType(), Model))
    return false;
  ObjectId Container = Objects.resolve(ContainerExpr, S);
  if (const auto *DRE = dyn_cast<DeclRefExpr>(Objects.designated(ContainerExpr)); !Container && DRE)
    if (const auto *V = dyn_cast<VarDecl>(DRE->getDecl()); V && V->isLocalVarDeclOrParm())
      Container = ObjectId::var(V); // starts being tracked with its first element
  if (!Container)
    Container = Escapes.storeTarget(ContainerExpr, S); // a global container
  if (!Container)
    return true;
  for (const Expr *Arg : C.Args) {
    if (Arg == ContainerExpr)
      continue;
    ObjectId CopiedFrom, MovedFrom;
    ObjectState Elem = Values.evaluate(Arg, S, &CopiedFrom, &MovedFrom);
    Values.bakeTemporaries(Elem);
    ObjectState &Mine = S.Objects[Container];
    Mine.Causes.insert(Elem.Causes.begin(), Elem.Causes.end());
    Mine.Loans.insert(Elem.Loans.begin(), Elem.Loans.end());
    if (CopiedFrom)
      Mine.Loans.insert({CopiedFrom, Relation::SharedBuffer, false});
    Graph.indexLoans(S, Container);
    // An element moved in: what pointed into it now points into the container's element.
    if (MovedFrom && MovedFrom != Container) {
      Graph.transferLoans(MovedFrom, Container, S);
      movedOut(MovedFrom, Arg, S);
    }
  }
  return true;
}

void LifetimeTransfer::on(const LambdaCallEvent &E, LifetimeState &S) {
  // Calling a lambda runs its body here: its uses of captured objects happen now.
  for (const auto &Use : E.Uses) {
    if (const auto *Deref = std::get_if<DereferenceEvent>(&Use)) {
      onDereference(*Deref, S, E.Call);
      continue;
    }
    const auto &Uses = std::get<CallUsesEvent>(Use);
    for (const Fact &F : *Uses.Facts)
      if (isUse(F.Kind))
        for (Operand Op : F.Operands)
          useOperand(Uses.Site, Op, F.Kind, false, S, E.Call);
  }
}

} // namespace tensorlife
