// The transfer of the events that are not calls: declarations, assignments, dereferences and
// other uses, deletes, returns, scope exits; and the operations on the state they share with
// calls (LifetimeCallTransfer.cpp).
#include "core/LifetimeTransfer.h"

#include "core/LanguageRules.h"
#include "core/LifetimeAnalysis.h"

namespace tensorlife {
using namespace clang;

namespace {

/// The declared type of a variable, member or array element; null for a temporary.
QualType typeOf(ObjectId O, ASTContext &Ctx) {
  if (O.Field)
    return O.Field->getType();
  if (!O.Var)
    return {};
  if (O.Element >= 0)
    if (const auto *Array = Ctx.getAsConstantArrayType(O.Var->getType()))
      return Array->getElementType();
  return O.Var->getType();
}

} // namespace

LifetimeTransfer::LifetimeTransfer(const FunctionDecl &FD, ASTContext &Ctx, AnalysisContext &AC,
                                   ObjectResolver &Objects, LoanGraph &Graph,
                                   UseReporter &Reporter, FunctionEffects &Effects,
                                   const LambdaVariables &Lambdas)
    : Ctx(Ctx), SM(Ctx.getSourceManager()), AC(AC), Model(AC.Model), Objects(Objects), Graph(Graph),
      Reporter(Reporter), Effects(Effects), Values(Ctx, AC, Objects),
      Shared(Ctx, AC, Objects, Graph), Escapes(FD, Objects, Values, Graph, Lambdas) {}

ObjectId LifetimeTransfer::memberOf(const Expr *Base, const FieldDecl *Field,
                                    const LifetimeState &S) {
  const Expr *E = Objects.designated(Base);
  if (const auto *U = dyn_cast_or_null<UnaryOperator>(E);
      U && (U->getOpcode() == UO_Deref || U->getOpcode() == UO_AddrOf))
    E = Objects.designated(U->getSubExpr()); // `kick(*job)`, `(*this).detect()`
  if (!E)
    return {};
  if (isa<CXXThisExpr>(E))
    return {nullptr, Field, nullptr};
  const auto *DRE = dyn_cast<DeclRefExpr>(E);
  const auto *V = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!V || !V->isLocalVarDeclOrParm())
    return {};
  // A pointer to a struct: only where it is known to point (re-pointing forgets it).
  if (V->getType()->isPointerType())
    return Objects.memberThroughPointer(V, Field, S);
  if (auto Alias = S.Aliases.find(V); Alias != S.Aliases.end())
    return Alias->second.isVariable() ? ObjectId{Alias->second.Var, Field, nullptr} : ObjectId{};
  return {V, Field, nullptr};
}

ObjectId LifetimeTransfer::pointedStruct(const VarDecl *Pointer, const Expr *Value) {
  QualType T = Pointer->getType();
  if (!T->isPointerType() || !T->getPointeeType()->isRecordType() ||
      Objects.roleOfVariable(Pointer) != TypeRole::None)
    return {};
  const auto *U = dyn_cast_or_null<UnaryOperator>(Objects.designated(Value));
  const auto *DRE = U && U->getOpcode() == UO_AddrOf
                        ? dyn_cast<DeclRefExpr>(U->getSubExpr()->IgnoreParenImpCasts())
                        : nullptr;
  const auto *V = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!V || !V->isLocalVarDeclOrParm() || !V->getType()->isRecordType())
    return {};
  return ObjectId::var(V);
}

void LifetimeTransfer::renewMembers(const Expr *Whole, LifetimeState &S) {
  const auto *DRE = dyn_cast<DeclRefExpr>(Objects.designated(Whole));
  const auto *V = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!V || !V->isLocalVarDeclOrParm())
    return;
  llvm::SmallVector<ObjectId, 4> Members;
  for (const auto &[O, State] : S.Objects)
    if (O.Var == V && O.Field)
      Members.push_back(O);
  for (ObjectId Member : Members)
    Graph.reinit(Member, {}, {}, S);
}

void LifetimeTransfer::apply(const Event &E, LifetimeState &S) {
  std::visit([&](const auto &Ev) { on(Ev, S); }, E);
}

void LifetimeTransfer::on(const AssignEvent &E, LifetimeState &S) {
  const BinaryOperator *BO = E.Assign;
  ObjectId Target;
  if (E.OutParameter) {
    Target = ObjectId::var(E.Var); // `*out = ...`: the caller's pointer, written through `T **out`
  } else if (const VarDecl *V = E.Var) {
    Target = ObjectId::var(V);
    keepOldValueInCopies(V, S);
    if (ObjectId Pointee = pointedStruct(V, BO->getRHS())) {
      S.Aliases[V] = Pointee; // re-pointed at another struct
      return;
    }
    if (isa<ParmVarDecl>(V) && V->getType()->isPointerType() &&
        V->getType()->getPointeeType()->isRecordType() &&
        Objects.roleOfVariable(V) == TypeRole::None) {
      S.Aliases[V] = ObjectId{}; // a struct pointer parameter re-pointed: no longer the caller's
      return;
    }
    // A pointer handle re-pointed at another tracked object aliases it.
    if (Objects.roleOfVariable(V) != TypeRole::None) {
      if (ObjectId Other = Objects.resolve(BO->getRHS(), S)) {
        S.Aliases[V] = Other;
        return;
      }
    }
    S.Aliases.erase(V);
  } else if (isa<ArraySubscriptExpr>(E.Place)) {
    Target = Objects.resolve(E.Place, S);
    if (Target && Target.isVariable())
      forgetElements(Target.Var, S); // some element got a new value: which one is not known
  } else if (const auto *ME = dyn_cast<MemberExpr>(E.Place)) {
    Target = Objects.resolve(ME, S);
    if (const auto *Field = dyn_cast<FieldDecl>(ME->getMemberDecl()); !Target && Field)
      if (isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
        Target = {nullptr, Field, nullptr};
  }
  if (!Target && E.Place)
    Target = Escapes.storeTarget(E.Place, S); // a global, `out[1]`, `*pp` of `T **pp = out`
  if (!Target)
    return;
  ObjectState Value = Values.evaluate(BO->getRHS(), S);
  if (Objects.roleOf(Target) == TypeRole::None && Value.Causes.empty() && Value.Loans.empty() &&
      !isa<CXXNewExpr>(BO->getRHS()->IgnoreParenImpCasts())) {
    if (S.Objects.count(Target))
      Graph.reinit(Target, {}, {}, S);
    S.Objects.erase(Target);
    return;
  }
  onAssign(Target, BO->getRHS(), BO->getBeginLoc(), BO, S);
}

void LifetimeTransfer::on(const ElementNamedEvent &E, LifetimeState &S) {
  // An element of an array of handles named for the first time holds what the whole array holds.
  if (ObjectId Element = Objects.resolve(E.Subscript, S); Element.Element >= 0 &&
                                                           !S.Objects.count(Element))
    if (auto Whole = S.Objects.find(Element.wholeArray()); Whole != S.Objects.end()) {
      ObjectState Copy = Whole->second;
      S.Objects[Element] = std::move(Copy);
      Graph.indexLoans(S, Element);
    }
}

void LifetimeTransfer::on(const DeleteEvent &E, LifetimeState &S) {
  const CXXDeleteExpr *Del = E.Delete;
  if (ObjectId V = Objects.resolve(Del->getArgument(), S)) {
    endLifetime(V, DeathKind::Destroyed, Del->getBeginLoc(), Del, S);
    Effects.noteParam(V, FactKind::Destroy);
  }
}

void LifetimeTransfer::keepOldValueInCopies(const VarDecl *V, LifetimeState &S) {
  // Pointers copied from V follow its value, not the variable: the first keeps the old value,
  // the others alias that one. (A reference to V, or a pointer to it, stays bound to V.)
  ObjectId Old = ObjectId::var(V), Keeper;
  for (auto &[Alias, Target] : S.Aliases) {
    QualType T = Alias->getType();
    if (Target != Old || T->isReferenceType() ||
        (T->isPointerType() && (T->getPointeeType()->isPointerType() ||
                                Ctx.hasSameUnqualifiedType(T->getPointeeType(), V->getType()))))
      continue;
    if (!Keeper) {
      Keeper = ObjectId::var(Alias);
      Graph.handOver(Old, Keeper, S);
    }
    Target = Keeper;
  }
  if (Keeper)
    S.Aliases.erase(Keeper.Var);
}

void LifetimeTransfer::on(const DeclareEvent &E, LifetimeState &S) {
  if (E.Lambda)
    return; // calls of it run its body
  const VarDecl *V = E.Var;
  const Expr *Init = E.Init;
  ObjectId Id = ObjectId::var(V);
  QualType T = V->getType();
  TypeRole Role = Objects.roleOfVariable(V);
  if (E.List)
    initMembers(V, E.List, S);
  if (E.Range) {
    // A handle (or a reference) taken from an array of handles designates one of its elements:
    // the whole array stands for it.
    if (T->isPointerType() || T->isReferenceType())
      if (const VarDecl *Array = Objects.arrayOfHandles(E.Range)) {
        S.Aliases[V] = ObjectId::var(Array);
        return;
      }
    // Each iteration's element is its own object, carrying what the range carries.
    ObjectState Value = Values.evaluate(E.Range, S);
    S.Aliases.erase(V);
    if (Role != TypeRole::None || !Value.Causes.empty() || !Value.Loans.empty())
      Graph.reinit(Id, std::move(Value), {}, S);
    return;
  }
  bool SharedOwner = Shared.isOwnerVariable(V);
  if (SharedOwner && Shared.copied(V, Init, S))
    return; // a copy of a counted shared pointer: it aliases the object
  if (ObjectId Pointee = Init ? pointedStruct(V, Init) : ObjectId{}) {
    S.Aliases[V] = Pointee; // `Job *p = &j;`: p->sess is j.sess
    return;
  }
  if (T->isReferenceType() || (T->isPointerType() && Role != TypeRole::None)) {
    // A reference to an element of a container that is tracked from here on.
    if (ObjectId Container = Init ? Objects.untrackedContainer(Init, S) : ObjectId{})
      S.Objects[Container];
    if (ObjectId Target = Init ? Objects.resolve(Init, S) : ObjectId{}) {
      S.Aliases[V] = Target;
      return;
    }
    S.Aliases.erase(V);
  }
  ObjectId CopiedFrom, MovedFrom;
  ObjectState Value = Init ? Values.evaluate(Init, S, &CopiedFrom, &MovedFrom) : ObjectState{};
  Values.bakeTemporaries(Value);
  bool Owner = Init && isa<CXXNewExpr>(Init->IgnoreParenImpCasts());
  if (Role == TypeRole::None && !Owner && Value.Causes.empty() && Value.Loans.empty()) {
    S.Objects.erase(Id); // nothing to track
    return;
  }
  Graph.reinit(Id, std::move(Value), CopiedFrom, S);
  if (MovedFrom && MovedFrom != Id) {
    Graph.transferLoans(MovedFrom, Id, S);
    movedOut(MovedFrom, Init, S);
  }
  if (SharedOwner)
    Shared.adopted(V, Init, S);
  if (Role == TypeRole::Scope && !T->isPointerType() && !T->isReferenceType())
    S.LiveScopes.insert(V);
}

void LifetimeTransfer::initMembers(const VarDecl *V, const InitListExpr *List, LifetimeState &S) {
  // `Job j{TF_NewSession(g, o, st), st};`, `TF_Tensor *parts[2] = {a, b};`: each member (each
  // element of an array of handles) is initialised like an assignment to it.
  if (const InitListExpr *Semantic = List->isSemanticForm() ? List : List->getSemanticForm())
    List = Semantic; // one initialiser per member, in declaration order
  llvm::SmallVector<ObjectId, 4> Parts;
  if (const auto *Record = V->getType()->getAsCXXRecordDecl()) {
    if (Record->getNumBases() > 0)
      return; // the list starts with the bases
    for (const FieldDecl *Field : Record->fields())
      Parts.push_back({V, Field, nullptr});
  } else if (const auto *Array = Ctx.getAsConstantArrayType(V->getType());
             Array && Objects.roleOfType(Array->getElementType()) != TypeRole::None) {
    for (unsigned I = 0; I < List->getNumInits(); ++I)
      Parts.push_back(ObjectId::element(V, static_cast<int>(I)));
  }
  for (unsigned I = 0; I < Parts.size() && I < List->getNumInits(); ++I) {
    const Expr *Init = List->getInit(I);
    if (Objects.roleOf(Parts[I]) != TypeRole::None) {
      onAssign(Parts[I], Init, Init->getBeginLoc(), Init, S);
      continue;
    }
    ObjectState Value = Values.evaluate(Init, S);
    Values.bakeTemporaries(Value);
    if (!Value.Causes.empty() || !Value.Loans.empty())
      Graph.reinit(Parts[I], std::move(Value), {}, S);
  }
}

void LifetimeTransfer::onAssign(ObjectId Target, const Expr *RHS, SourceLocation Where,
                                const Stmt *Site, LifetimeState &S) {
  TypeRole Role = Objects.roleOf(Target);
  QualType T = typeOf(Target, Ctx);
  bool Handle = !T.isNull() && T->isPointerType();
  // Assigning over an owner ends its old value (a session, a vector's storage).
  if (!Handle && (Role == TypeRole::Session || Role == TypeRole::Buffer))
    endLifetime(Target, DeathKind::Replaced, Where, Site, S);
  ObjectId CopiedFrom, MovedFrom;
  ObjectState Value = Values.evaluate(RHS, S, &CopiedFrom, &MovedFrom);
  Values.bakeTemporaries(Value);
  Graph.reinit(Target, std::move(Value), CopiedFrom, S);
  Escapes.noteStore(Target, Site);
  Effects.noteMember(Target, FactKind::Open); // a member given a new value, for the callers
  if (MovedFrom && MovedFrom != Target && !Handle) {
    Graph.transferLoans(MovedFrom, Target, S);
    movedOut(MovedFrom, RHS, S);
  }
}

void LifetimeTransfer::assignShared(const VarDecl *V, const Expr *RHS, const Expr *Call,
                                    LifetimeState &S) {
  ObjectId Target = ObjectId::var(V);
  if (Shared.letGo(V, S) == SharedOwnership::LetGo::Last) {
    endLifetime(Target, DeathKind::Replaced, Call->getBeginLoc(), Call, S);
    Graph.reseat(Target, S);
  }
  if (Shared.copied(V, RHS, S))
    return;
  onAssign(Target, RHS, Call->getBeginLoc(), Call, S);
  Shared.adopted(V, RHS, S);
}

void LifetimeTransfer::on(const ScopeExitEvent &E, LifetimeState &S) {
  const VarDecl *V = E.Var;
  const Stmt *Trigger = E.Trigger;
  SourceLocation Where = E.Where;
  QualType T = V->getType();
  // A shared pointer's object ends with its last counted owner.
  if (Shared.isOwnerVariable(V)) {
    if (Shared.letGo(V, S) == SharedOwnership::LetGo::Last)
      endAtScopeExit(ObjectId::var(V), T, Where, Trigger, S, /*LastOwner=*/true);
    return;
  }
  // A struct's members die with it (`Staging s;` ends `s.host`), in reverse declaration order.
  for (const FieldDecl *Field : llvm::reverse(ownedMembers(T)))
    endAtScopeExit({V, Field, nullptr}, Field->getType(), Where, Trigger, S);
  endAtScopeExit(ObjectId::var(V), T, Where, Trigger, S);
}

llvm::ArrayRef<const FieldDecl *> LifetimeTransfer::ownedMembers(QualType T) {
  const auto *Record = T->getAsCXXRecordDecl();
  if (!Record || !Record->hasDefinition())
    return {};
  auto [It, New] = OwnedMembers.try_emplace(Record);
  // A modelled class's own members are its implementation, not objects of the program.
  if (New && Objects.roleOfType(T) == TypeRole::None)
    for (const FieldDecl *Field : Record->fields()) {
      QualType FT = Field->getType();
      if (!FT->isReferenceType() && !FT->isPointerType() &&
          Objects.roleOfType(FT) != TypeRole::None)
        It->second.push_back(Field);
    }
  return It->second;
}

void LifetimeTransfer::endAtScopeExit(ObjectId Id, QualType T, SourceLocation Where,
                                      const Stmt *Trigger, LifetimeState &S, bool LastOwner) {
  TypeRole Role = Objects.roleOf(Id);
  // Only an owner, or something lent out, has an end that matters (most locals are neither).
  if (Role != TypeRole::Scope && Role != TypeRole::Session && Role != TypeRole::Buffer &&
      !Graph.everLent(Id))
    return;
  bool SharedPointer = Model.pointerRole(T) == TypeRole::SharedPointer;
  bool Borrowed = false, Copied = false;
  lentOrCopied(Id, S, Borrowed, Copied);
  if (SharedPointer && !LastOwner)
    return; // other owners may keep it alive
  if (Role == TypeRole::Scope)
    endLifetime(Id, DeathKind::ScopeEnded, Where, Trigger, S);
  else if (Role == TypeRole::Session || Role == TypeRole::Buffer || (Borrowed && !Copied))
    endLifetime(Id, DeathKind::Destroyed, Where, Trigger, S); // also an array, an uncopied tensor
}

void LifetimeTransfer::lentOrCopied(ObjectId Id, LifetimeState &S, bool &Borrowed,
                                    bool &Copied) {
  for (ObjectId Other : Graph.dependentsOf(S, Id))
    for (const Loan &L : S.Objects[Other].Loans)
      if (L.Owner == Id) {
        Copied |= L.Rel == Relation::SharedBuffer;
        Borrowed |= isBorrow(L.Rel);
      }
}

void LifetimeTransfer::onDereference(const DereferenceEvent &E, LifetimeState &S,
                                     const Expr *CalledAt) {
  ObjectId V = Objects.resolve(E.Pointer, S);
  if (V && Objects.roleOf(V) == TypeRole::None &&
      Objects.designated(E.Pointer)->getType()->isPointerType())
    onUse(E.Pointer, E.Written ? FactKind::Write : FactKind::Read, false, S, CalledAt);
}

void LifetimeTransfer::onUse(const Expr *Operand, FactKind Verb, bool Materialises,
                             LifetimeState &S, const Expr *CalledAt) {
  if (!Operand)
    return;
  ObjectId V = Objects.resolve(Operand, S);
  ObjectState Evaluated;
  const ObjectState &Value = V ? S.Objects[V] : (Evaluated = Values.evaluate(Operand, S));
  if (V)
    Effects.noteParam(V, Verb);
  if (!Value.Causes.empty())
    Reporter.badUse(Operand, Verb, Value.Causes, CalledAt);
  // Running an object uses what it holds (`holds`: the values bound to a binding).
  if (V && Verb == FactKind::Run && V.Element == ObjectId::Whole) {
    ObjectId Held = V;
    Held.Element = ObjectId::Held;
    if (auto It = S.Objects.find(Held); It != S.Objects.end() && !It->second.Causes.empty())
      Reporter.badUse(Operand, Verb, It->second.Causes, CalledAt);
  }
  if (Materialises && llvm::any_of(Value.Loans, [](const Loan &L) {
        return L.ViaInput || L.Rel == Relation::SharedBuffer;
      }))
    // A copy of the value: materialising changes what Value refers to.
    Graph.materialise(V, ObjectState(Value), S);
}

void LifetimeTransfer::movedOut(ObjectId From, const Expr *Move, LifetimeState &S) {
  Graph.reinit(From, {}, {}, S);
  QualType T = typeOf(From, Ctx);
  bool Value =
      !T.isNull() && !T->isPointerType() && !T->isReferenceType() && Model.pointee(T).isNull();
  // A moved-from session is closed; a moved-from unique (move-only) tensor handle is empty.
  TypeRole Role = Objects.roleOf(From);
  if (Value && (Role == TypeRole::Session || (Role == TypeRole::Tensor && isMoveOnly(T))))
    endLifetime(From, DeathKind::MovedFrom, Move->getBeginLoc(), Move, S);
}

void LifetimeTransfer::endLifetime(ObjectId Owner, DeathKind Kind, SourceLocation Where,
                                   const Stmt *Site, LifetimeState &S) {
  Graph.endLifetime(Owner, Kind, Where, Site, S);
  if (Owner.isVariable() && Objects.roleOf(Owner) == TypeRole::Scope)
    S.LiveScopes.erase(Owner.Var);
  // Every element of an array of handles ended (by an unknown index, or a range-for over it).
  if (Owner.isVariable() && Ctx.getAsConstantArrayType(Owner.Var->getType())) {
    llvm::SmallVector<ObjectId, 4> Elements;
    for (const auto &[O, State] : S.Objects)
      if (O.Var == Owner.Var && O.Element >= 0)
        Elements.push_back(O);
    for (ObjectId Element : Elements)
      Graph.endLifetime(Element, Kind, Where, Site, S);
  }
}

void LifetimeTransfer::forgetElements(const VarDecl *Array, LifetimeState &S) {
  for (auto It = S.Objects.begin(); It != S.Objects.end();)
    It = It->first.Var == Array && It->first.Element >= 0 ? S.Objects.erase(It) : std::next(It);
}

} // namespace tensorlife
