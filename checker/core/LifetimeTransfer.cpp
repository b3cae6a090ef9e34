#include "core/LifetimeTransfer.h"

#include "core/LanguageRules.h"
#include "core/LifetimeAnalysis.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"

namespace tensorlife {
using namespace clang;

namespace {

const ParmVarDecl *outParameterArgument(const Expr *E);

/// `*out`, where `out` is a `T **` parameter: the C-style out-parameter the
/// function writes its result through.
const ParmVarDecl *writtenOutParameter(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_Deref)
    E = U->getSubExpr()->IgnoreParenImpCasts();
  else
    return nullptr;
  return outParameterArgument(E);
}

/// `out` or `&*out`, where `out` is a `T **` parameter: an out-parameter argument that writes
/// through the function's own out-parameter.
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

LifetimeTransfer::LifetimeTransfer(const FunctionDecl &FD, const CFG &Cfg, ASTContext &Ctx,
                                   AnalysisContext &AC, ObjectResolver &Objects, LoanGraph &Graph,
                                   UseReporter &Reporter, FunctionEffects &Effects)
    : Ctx(Ctx), SM(Ctx.getSourceManager()), AC(AC), Model(AC.Model), Objects(Objects), Graph(Graph),
      Reporter(Reporter), Effects(Effects), Values(Ctx, AC, Objects),
      Shared(Ctx, AC, Objects, Graph), Escapes(FD, Objects, Values, Graph, Lambdas) {
  // Range-for loop variables take their values from the range.
  for (const CFGBlock *B : Cfg) {
    if (const auto *For = dyn_cast_or_null<CXXForRangeStmt>(B->getTerminatorStmt()))
      RangeOf[For->getLoopVariable()] = For->getRangeInit();
    if (const Stmt *Condition = B->getTerminatorCondition())
      noteTestedMembers(Condition);
    for (const CFGElement &E : *B)
      if (auto CS = E.getAs<CFGStmt>()) {
        if (const Expr *Deref = writtenThrough(CS->getStmt()))
          Written.insert(Deref);
        noteAssignedLambda(CS->getStmt());
      }
  }
}

void LifetimeTransfer::noteTestedMembers(const Stmt *Condition) {
  // Any member of `*this` or of a parameter that a condition mentions may be a null test
  // (`if (!session_) return;`): its uses are not taken as the function's facts.
  llvm::SmallVector<const Stmt *, 8> Work{Condition};
  while (!Work.empty()) {
    const Stmt *St = Work.pop_back_val();
    if (!St)
      continue;
    if (const auto *ME = dyn_cast<MemberExpr>(St))
      if (const auto *Field = dyn_cast<FieldDecl>(ME->getMemberDecl())) {
        const Expr *Base = ME->getBase()->IgnoreParenImpCasts();
        const auto *DRE = dyn_cast<DeclRefExpr>(Base);
        const auto *Param = DRE ? dyn_cast<ParmVarDecl>(DRE->getDecl()) : nullptr;
        if (isa<CXXThisExpr>(Base) || Param)
          Effects.NullTested.insert({Param, Field});
      }
    if (isa<LambdaExpr>(St))
      continue;
    for (const Stmt *Child : St->children())
      Work.push_back(Child);
  }
}

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

void LifetimeTransfer::noteAssignedLambda(const Stmt *St) {
  const Expr *LHS = nullptr, *RHS = nullptr;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(St);
      Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2) {
    LHS = Op->getArg(0);
    RHS = Op->getArg(1);
  } else if (const auto *BO = dyn_cast<BinaryOperator>(St); BO && BO->getOpcode() == BO_Assign) {
    LHS = BO->getLHS();
    RHS = BO->getRHS();
  }
  const auto *DRE = LHS ? dyn_cast<DeclRefExpr>(LHS->IgnoreParenImpCasts()) : nullptr;
  const auto *V = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!V || !V->isLocalVarDeclOrParm())
    return;
  QualType T = V->getType().getNonReferenceType();
  if (T->isRecordType() || T->isFunctionPointerType())
    noteLambda(V, lambdaIn(RHS)); // anything but a lambda: which function runs is not known
}

void LifetimeTransfer::noteLambda(const VarDecl *V, const LambdaExpr *L) {
  auto [It, New] = Lambdas.try_emplace(V, L);
  if (!New && It->second != L)
    It->second = nullptr; // given several functions: which one a call runs is not known here
}

void LifetimeTransfer::apply(const CFGElement &E, LifetimeState &S) {
  if (auto CS = E.getAs<CFGStmt>()) {
    onStmt(CS->getStmt(), S);
    return;
  }
  if (auto Ends = E.getAs<CFGLifetimeEnds>())
    onScopeExit(Ends->getVarDecl(), Ends->getTriggerStmt(), S);
}

void LifetimeTransfer::onStmt(const Stmt *St, LifetimeState &S) {
  if (const auto *DS = dyn_cast<DeclStmt>(St)) {
    for (const Decl *D : DS->decls())
      if (const auto *V = dyn_cast<VarDecl>(D))
        onDecl(V, S);
    return;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(St)) {
    if (BO->getOpcode() != BO_Assign)
      return;
    const Expr *LHS = BO->getLHS()->IgnoreParenImpCasts();
    ObjectId Target;
    if (const auto *DRE = dyn_cast<DeclRefExpr>(LHS)) {
      if (const auto *V = dyn_cast<VarDecl>(DRE->getDecl()); V && V->isLocalVarDeclOrParm()) {
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
      }
    } else if (isa<ArraySubscriptExpr>(LHS)) {
      Target = Objects.resolve(LHS, S);
      if (Target && Target.isVariable())
        forgetElements(Target.Var, S); // some element got a new value: which one is not known
    } else if (isa<MemberExpr>(LHS)) {
      Target = Objects.resolve(LHS, S);
      if (!Target)
        if (const auto *ME = dyn_cast<MemberExpr>(LHS))
          if (const auto *Field = dyn_cast<FieldDecl>(ME->getMemberDecl()))
            if (isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
              Target = {nullptr, Field, nullptr};
    } else if (const ParmVarDecl *Out = writtenOutParameter(LHS)) {
      Target = ObjectId::var(Out); // `*out = ...`: the caller's pointer, written through `T **out`
    }
    if (!Target)
      Target = Escapes.storeTarget(LHS, S); // a global, `out[1]`, `*pp` of `T **pp = out`
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
    return;
  }
  // An element of an array of handles named for the first time holds what the whole array holds.
  if (const auto *AS = dyn_cast<ArraySubscriptExpr>(St))
    if (ObjectId Element = Objects.resolve(AS, S); Element.Element >= 0 &&
                                                   !S.Objects.count(Element))
      if (auto Whole = S.Objects.find(Element.wholeArray()); Whole != S.Objects.end()) {
        ObjectState Copy = Whole->second;
        S.Objects[Element] = std::move(Copy);
        Graph.indexLoans(S, Element);
      }
  // Dereferencing a raw pointer into something is a read of it.
  if (const Expr *Pointer = dereferenced(St)) {
    onDereference(St, Pointer, S);
    return;
  }
  if (const auto *Del = dyn_cast<CXXDeleteExpr>(St)) {
    if (ObjectId V = Objects.resolve(Del->getArgument(), S)) {
      endLifetime(V, DeathKind::Destroyed, Del->getBeginLoc(), Del, S);
      Effects.noteParam(V, FactKind::Destroy);
    }
    return;
  }
  if (const auto *Ret = dyn_cast<ReturnStmt>(St)) {
    Escapes.onReturn(Ret, S, Effects);
    return;
  }
  if (auto C = asCall(St))
    onCall(*C, cast<Expr>(St), S);
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

void LifetimeTransfer::onDecl(const VarDecl *V, LifetimeState &S) {
  const Expr *Init = V->getInit();
  ObjectId Id = ObjectId::var(V);
  if (const LambdaExpr *L = Init ? lambdaIn(Init) : nullptr) {
    noteLambda(V, L);
    return;
  }
  QualType T = V->getType();
  TypeRole Role = Objects.roleOfVariable(V);
  if (const auto *List = Init ? dyn_cast<InitListExpr>(Init->IgnoreImplicit()) : nullptr)
    initMembers(V, List, S);
  if (auto Range = RangeOf.find(V); Range != RangeOf.end()) {
    // A handle (or a reference) taken from an array of handles designates one of its elements:
    // the whole array stands for it.
    if (T->isPointerType() || T->isReferenceType())
      if (const VarDecl *Array = Objects.arrayOfHandles(Range->second)) {
        S.Aliases[V] = ObjectId::var(Array);
        return;
      }
    // Each iteration's element is its own object, carrying what the range carries.
    ObjectState Value = Values.evaluate(Range->second, S);
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

void LifetimeTransfer::onScopeExit(const VarDecl *V, const Stmt *Trigger, LifetimeState &S) {
  QualType T = V->getType();
  if (T->isReferenceType() || T->isPointerType())
    return;
  SourceLocation Where = Trigger ? Trigger->getBeginLoc() : V->getLocation();
  if (const auto *Block = dyn_cast_or_null<CompoundStmt>(Trigger))
    Where = Block->getRBracLoc();
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

void LifetimeTransfer::letGoOfValue(ObjectId Target, const Expr *RHS, const Expr *Call,
                                    LifetimeState &S) {
  // The new value is the old storage again (`t = t.reshape(...)`): nothing is let go.
  for (const Expr *E = Objects.designated(RHS); E;) {
    if (Objects.resolve(E, S) == Target)
      return;
    std::optional<CallSite> Inner = asCall(E);
    const Expr *Source = nullptr;
    for (const Fact &F : Inner ? factsOf(*Inner) : std::vector<Fact>{})
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

void LifetimeTransfer::onCall(const CallSite &C, const Expr *Call, LifetimeState &S) {
  // Assigning a tracked object gives it a new value.
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
      Op && Op->getOperator() == OO_Equal && C.This && C.Args.size() == 1) {
    if (const VarDecl *Owner = Shared.ownerVariableOf(C.This)) {
      assignShared(Owner, C.Args[0], Call, S);
      return;
    }
    if (ObjectId Target = Escapes.storeTarget(C.This, S)) {
      if (llvm::any_of(factsOf(C), [](const Fact &F) { return F.Kind == FactKind::Replace; }))
        letGoOfValue(Target, C.Args[0], Call, S);
      onAssign(Target, C.Args[0], Call->getBeginLoc(), Call, S);
      return;
    }
    renewMembers(C.This, S);
  }
  // Calling a lambda, directly or through a variable (std::function).
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call); Op && Op->getOperator() == OO_Call) {
    const Expr *Callee = Objects.designated(Op->getArg(0));
    const LambdaExpr *L = lambdaIn(Callee);
    if (const auto *DRE = dyn_cast<DeclRefExpr>(Callee))
      if (auto It = Lambdas.find(dyn_cast<VarDecl>(DRE->getDecl())); It != Lambdas.end())
        L = It->second; // null when the variable holds one of several functions
    if (L) {
      onLambdaCall(L, Call, S);
      return;
    }
  }

  const std::vector<Fact> &Facts = factsOf(C);
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

void LifetimeTransfer::onLambdaCall(const LambdaExpr *L, const Expr *Call, LifetimeState &S) {
  // Calling a lambda runs its body here: its uses of captured objects happen now.
  struct UseFinder : RecursiveASTVisitor<UseFinder> {
    LifetimeTransfer &A;
    LifetimeState &S;
    const Expr *Call;
    UseFinder(LifetimeTransfer &A, LifetimeState &S, const Expr *Call) : A(A), S(S), Call(Call) {}
    bool VisitStmt(Stmt *St) {
      // Visited before its operands: the dereference it writes through is known when met.
      if (const Expr *Deref = writtenThrough(St))
        A.Written.insert(Deref);
      if (const Expr *Pointer = dereferenced(St))
        A.onDereference(St, Pointer, S, Call);
      if (auto C = asCall(St))
        for (const Fact &F : A.factsOf(*C))
          if (isUse(F.Kind))
            for (Operand Op : F.Operands)
              A.useOperand(*C, Op, F.Kind, false, S, Call);
      return true;
    }
    bool TraverseLambdaExpr(LambdaExpr *) { return true; } // nested lambdas run when called
  };
  UseFinder Finder(*this, S, Call);
  Finder.TraverseStmt(L->getBody());
}

void LifetimeTransfer::onDereference(const Stmt *Deref, const Expr *Pointer, LifetimeState &S,
                                     const Expr *CalledAt) {
  Pointer = arithmeticBase(Pointer); // `*(d + 1)` reads through `d`
  ObjectId V = Objects.resolve(Pointer, S);
  if (V && Objects.roleOf(V) == TypeRole::None &&
      Objects.designated(Pointer)->getType()->isPointerType())
    onUse(Pointer, Written.count(Deref) ? FactKind::Write : FactKind::Read, false, S, CalledAt);
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

const std::vector<Fact> &LifetimeTransfer::factsOf(const CallSite &C) {
  return factsOfCall(C, Ctx, AC);
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
