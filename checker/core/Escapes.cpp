#include "core/Escapes.h"

#include "core/LanguageRules.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/RecursiveASTVisitor.h"

#include <optional>

namespace tensorlife {
using namespace clang;

namespace {

/// A class template specialization over a function type (`std::function<float()>`): a callable
/// that holds what it was made from.
bool isCallableWrapper(QualType T) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(T->getAsCXXRecordDecl());
  if (!Spec || Spec->getTemplateArgs().size() == 0)
    return false;
  const TemplateArgument &Arg = Spec->getTemplateArgs()[0];
  return Arg.getKind() == TemplateArgument::Type && Arg.getAsType()->isFunctionType();
}

bool isClosure(QualType T) {
  const auto *Record = T->getAsCXXRecordDecl();
  return (Record && Record->isLambda()) || isCallableWrapper(T);
}

void merge(ObjectState &Into, const ObjectState &From) {
  Into.Causes.insert(From.Causes.begin(), From.Causes.end());
  Into.Loans.insert(From.Loans.begin(), From.Loans.end());
}

const VarDecl *variableOf(const Expr *E) {
  const auto *DRE = E ? dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()) : nullptr;
  return DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
}

/// A parameter the caller's object is written through: a pointer to a class or to a pointer
/// (`T **out`, `float *outs[2]`), or a reference to an array (`T *(&outs)[2]`).
bool isOutParameter(const ParmVarDecl *P) {
  QualType T = P->getType();
  if (T->isLValueReferenceType())
    return !T.getNonReferenceType().isConstQualified() && T.getNonReferenceType()->isArrayType();
  if (!T->isPointerType() || T->getPointeeType().isConstQualified())
    return false;
  return T->getPointeeType()->isRecordType() || T->getPointeeType()->isPointerType();
}

/// Local pointers initialised with an out-parameter (`T **pp = out;`) that are never re-pointed
/// nor have their address taken.
struct OutCopyFinder : RecursiveASTVisitor<OutCopyFinder> {
  llvm::DenseMap<const VarDecl *, const ParmVarDecl *> Copies;
  llvm::DenseSet<const VarDecl *> Repointed;
  bool VisitVarDecl(VarDecl *V) {
    if (!V->hasLocalStorage() || isa<ParmVarDecl>(V) || !V->getType()->isPointerType())
      return true;
    if (const auto *P = dyn_cast_or_null<ParmVarDecl>(variableOf(V->getInit())); P && isOutParameter(P))
      Copies[V] = P;
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->isAssignmentOp())
      Repointed.insert(variableOf(BO->getLHS()));
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *U) {
    if (U->getOpcode() == UO_AddrOf || U->isIncrementDecrementOp())
      Repointed.insert(variableOf(U->getSubExpr()));
    return true;
  }
};

} // namespace

EscapeTracker::EscapeTracker(const FunctionDecl &FD, ObjectResolver &Objects,
                             ValueEvaluator &Values, LoanGraph &Graph,
                             const std::map<const VarDecl *, const LambdaExpr *> &Lambdas)
    : FD(FD), Objects(Objects), Values(Values), Graph(Graph), Lambdas(Lambdas) {
  if (llvm::none_of(FD.parameters(), isOutParameter))
    return; // nothing to copy
  OutCopyFinder Finder;
  Finder.TraverseStmt(FD.getBody());
  for (const auto &[Copy, Param] : Finder.Copies)
    if (!Finder.Repointed.count(Copy))
      OutCopies[Copy] = Param;
}

const ParmVarDecl *EscapeTracker::outParameter(const Expr *E) const {
  const VarDecl *V = variableOf(E);
  if (auto It = OutCopies.find(V); It != OutCopies.end())
    return It->second;
  const auto *P = dyn_cast_or_null<ParmVarDecl>(V);
  return P && isOutParameter(P) ? P : nullptr;
}

ObjectId EscapeTracker::storeTarget(const Expr *E, const LifetimeState &S) {
  if (ObjectId Tracked = Objects.resolve(E, S))
    return Tracked;
  E = E->IgnoreParenImpCasts();
  // A variable of static storage, or a member of one (`g_state.view = ...`): a later call, or any
  // function, reads what is left in it.
  auto MutableGlobal = [](const VarDecl *V) {
    return V && V->hasGlobalStorage() && !V->getType().isConstQualified();
  };
  if (const VarDecl *V = variableOf(E); MutableGlobal(V))
    return ObjectId::var(V);
  if (const auto *ME = dyn_cast<MemberExpr>(E); ME && !ME->isArrow())
    if (const auto *Field = dyn_cast<FieldDecl>(ME->getMemberDecl()))
      if (const VarDecl *V = variableOf(ME->getBase()); MutableGlobal(V))
        return {V, Field, nullptr};
  if (const auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_Deref)
    if (const ParmVarDecl *P = outParameter(U->getSubExpr()))
      return ObjectId::var(P);
  // `out[1] = ...`: the caller's element by its constant index, else the whole of it.
  if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E))
    if (const ParmVarDecl *P = outParameter(AS->getBase())) {
      if (std::optional<llvm::APSInt> Index = AS->getIdx()->getIntegerConstantExpr(FD.getASTContext());
          Index && Index->isNonNegative() && Index->getExtValue() < (1 << 20))
        return ObjectId::element(P, static_cast<int>(Index->getExtValue()));
      return ObjectId::var(P);
    }
  return {};
}

bool canCarryLoans(QualType T, ObjectResolver &Objects, unsigned Depth) {
  if (T.isNull())
    return false;
  if (T->isReferenceType() || T->isPointerType())
    return true;
  if (holdsTrackedElements(T, Objects.model()) || isClosure(T))
    return true;
  // A buffer by value owns its memory (a copy is a copy); other tracked types may borrow.
  if (TypeRole Role = Objects.roleOfType(T); Role != TypeRole::None)
    return Role != TypeRole::Buffer;
  const auto *Record = T->getAsCXXRecordDecl();
  if (!Record || !Record->hasDefinition() || Depth > 2)
    return false;
  for (const FieldDecl *Field : Record->fields())
    if (canCarryLoans(Field->getType(), Objects, Depth + 1))
      return true;
  return false;
}

ObjectState EscapeTracker::leavingValue(const Expr *E, const LifetimeState &S) {
  const Expr *Inner = Objects.designated(E);
  if (!Inner)
    return {};
  // A lambda (or a std::function made from one), or a variable holding one: its captures.
  const LambdaExpr *L = lambdaIn(E);
  const auto *Ref = dyn_cast<DeclRefExpr>(Inner);
  const auto *RefVar = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
  if (!L && RefVar)
    if (auto It = Lambdas.find(RefVar); It != Lambdas.end())
      L = It->second;
  if (L) {
    ObjectState Result;
    for (const LambdaCapture &Capture : L->captures()) {
      const auto *V = Capture.capturesVariable() ? dyn_cast<VarDecl>(Capture.getCapturedVar()) : nullptr;
      if (!V || !V->hasLocalStorage())
        continue;
      ObjectId Id = ObjectId::var(V);
      if (auto Alias = S.Aliases.find(V); Alias != S.Aliases.end() && Alias->second)
        Id = Alias->second;
      if (Capture.getCaptureKind() == LCK_ByRef) {
        // The closure refers to the variable itself, which dies here unless it is the caller's.
        if (!V->getType()->isReferenceType() && !isa<ParmVarDecl>(V) &&
            (Objects.roleOfVariable(V) != TypeRole::None || S.Objects.count(Id)))
          Result.Loans.insert({Id, Relation::Borrowed, false});
        continue;
      }
      if (auto It = S.Objects.find(Id); It != S.Objects.end())
        merge(Result, It->second);
    }
    return Result;
  }
  // An aggregate built in the return: what its members carry, but what is moved into it travels
  // with it.
  if (const auto *Init = dyn_cast<InitListExpr>(Inner)) {
    ObjectState Result;
    ObjectSet MovedIn;
    for (const Expr *Member : Init->inits()) {
      bool ByMove = false;
      Objects.designated(Member, &ByMove);
      ObjectState Value = leavingValue(Member, S);
      if (ByMove)
        if (ObjectId From = Objects.resolve(Member, S))
          MovedIn.insert(From);
      merge(Result, Value);
    }
    for (auto It = Result.Loans.begin(); It != Result.Loans.end();)
      It = MovedIn.count(It->Owner) ? Result.Loans.erase(It) : std::next(It);
    return Result;
  }
  // A local struct: what its members carry on anything but the struct itself, which travels
  // with them (a vector and the tensor over it).
  if (RefVar && RefVar->hasLocalStorage() && !RefVar->getType()->isReferenceType() &&
      RefVar->getType()->isRecordType() && Objects.roleOfVariable(RefVar) == TypeRole::None &&
      !holdsTrackedElements(RefVar->getType(), Objects.model())) {
    ObjectState Result;
    for (const auto &[O, State] : S.Objects) {
      if (O.Var != RefVar || O.Temp)
        continue;
      for (const Loan &Held : State.Loans)
        if (Held.Owner.Var != RefVar)
          Result.Loans.insert(Held);
      for (const Cause &Dead : State.Causes)
        if (Dead.Owner.Var != RefVar)
          Result.Causes.insert(Dead);
    }
    return Result;
  }
  return Values.evaluate(E, S);
}

void EscapeTracker::onReturn(const ReturnStmt *Ret, LifetimeState &S, FunctionEffects &Effects) {
  const Expr *E = Ret->getRetValue();
  if (!E)
    return;
  ObjectState Value = leavingValue(E, S);
  Effects.noteReturned(Value);
  if (!canCarryLoans(FD.getReturnType(), Objects) || (Value.Causes.empty() && Value.Loans.empty()))
    return;
  // The temporaries of the return statement die at its end, after the value was made.
  for (auto It = Value.Loans.begin(); It != Value.Loans.end();) {
    if (!It->Owner.Temp) {
      ++It;
      continue;
    }
    Value.Causes.insert(
        {It->Owner.Temp->getBeginLoc(), It->Owner, DeathKind::TemporaryEnded, It->Rel, Ret});
    It = Value.Loans.erase(It);
  }
  ObjectId Held{nullptr, nullptr, E};
  Returns[E] = Ret;
  S.Objects[Held] = std::move(Value);
  Graph.indexLoans(S, Held);
}

ObjectId EscapeTracker::writtenThrough(const Expr *Out, const LifetimeState &S) {
  Out = Out->IgnoreParenImpCasts();
  if (const auto *U = dyn_cast<UnaryOperator>(Out); U && U->getOpcode() == UO_AddrOf)
    return storeTarget(U->getSubExpr(), S); // `&out[1]`, `&*pp`
  const ParmVarDecl *P = outParameter(Out);
  return P && P->getType()->getPointeeType()->isPointerType() ? ObjectId::var(P) : ObjectId{};
}

void EscapeTracker::noteStore(ObjectId Target, const Stmt *Site) {
  if (Target && Site && callerVisible(Target))
    Stores[Target] = Site;
}

bool EscapeTracker::callerVisible(ObjectId O) const {
  if (O.Temp || O.Element < ObjectId::Whole)
    return false;
  if (!O.Var) {
    const auto *Method = dyn_cast<CXXMethodDecl>(&FD);
    return O.Field && Method && Method->isInstance() && O.Element == ObjectId::Whole;
  }
  if (O.Var->hasGlobalStorage())
    return O.Element == ObjectId::Whole;
  const auto *Param = dyn_cast<ParmVarDecl>(O.Var);
  if (!Param)
    return false;
  if (O.Element >= 0)
    return !O.Field && isOutParameter(Param); // `out[1] = ...`
  QualType T = Param->getType();
  if (T->isLValueReferenceType())
    return !T.getNonReferenceType().isConstQualified();
  // What a pointer to a class, or to a pointer (a C API's `TF_Tensor **out`), points to is
  // assigned through it (`*out = ...`); the pointer itself is the function's own copy.
  if (!T->isPointerType() || T->getPointeeType().isConstQualified())
    return false;
  QualType Pointee = T->getPointeeType();
  return Pointee->isRecordType() || Pointee->isPointerType();
}

std::string EscapeTracker::subjectOf(ObjectId O) {
  std::string Name = " '" + Objects.nameOf(O) + "'";
  if (!O.Var)
    return "member" + Name;
  if (isa<ParmVarDecl>(O.Var))
    return "parameter" + Name;
  if (O.Var->isStaticDataMember())
    return "static member '" + O.Var->getQualifiedNameAsString() + "'";
  bool Global = O.Var->getDeclContext()->isFileContext() && O.Var->isExternallyVisible();
  return (Global ? "global" : "static") + Name;
}

bool EscapeTracker::endsLocal(const Cause &C) const {
  if (C.Kind != DeathKind::Destroyed && C.Kind != DeathKind::ScopeEnded &&
      C.Kind != DeathKind::TemporaryEnded)
    return false;
  return C.Owner.Temp || (C.Owner.Var && C.Owner.Var->hasLocalStorage() && !isa<ParmVarDecl>(C.Owner.Var));
}

bool EscapeTracker::endsOnReturn(const Cause &C) const {
  if (C.Kind != DeathKind::Destroyed && C.Kind != DeathKind::ScopeEnded &&
      C.Kind != DeathKind::TemporaryEnded)
    return false;
  return isa_and_nonnull<ReturnStmt>(C.Site) || (C.Site && C.Site == FD.getBody());
}

void EscapeTracker::atExit(const LifetimeState &Reached, UseReporter &Reporter,
                           FunctionEffects &Effects) {
  std::string Function = FD.getNameAsString();
  // A buffer, session or scope passed by value dies with the call, as the locals do (the CFG
  // has no scope exit for parameters): it ends here, for what leaves.
  std::optional<LifetimeState> WithParams;
  for (const ParmVarDecl *P : FD.parameters()) {
    QualType T = P->getType();
    TypeRole Role = Objects.roleOfVariable(P);
    if (T->isReferenceType() || T->isPointerType() || !Objects.model().pointee(T).isNull() ||
        (Role != TypeRole::Buffer && Role != TypeRole::Session && Role != TypeRole::Scope))
      continue;
    if (!WithParams)
      WithParams = Reached;
    const auto *Body = dyn_cast_or_null<CompoundStmt>(FD.getBody());
    SourceLocation End = Body ? Body->getRBracLoc() : FD.getEndLoc();
    Graph.endLifetime(ObjectId::var(P), DeathKind::Destroyed, End, FD.getBody(), *WithParams);
    Effects.ByValueOwners.insert(P);
  }
  const LifetimeState &S = WithParams ? *WithParams : Reached;
  for (const auto &[O, State] : S.Objects) {
    const Expr *Returned = nullptr;
    if (O.Temp) {
      if (!Returns.count(O.Temp))
        continue;
      Returned = O.Temp;
    } else if (!callerVisible(O)) {
      continue;
    }
    // The ends of the return reach what leaves: it escapes. Ends before it: a value returned
    // dead is a use of it; one left for the caller, a local's end before the return.
    CauseSet Escaping, Earlier;
    for (const Cause &C : State.Causes) {
      if (C.Rel == Relation::Self || C.Rel == Relation::Shares)
        continue;
      if (Returned)
        Effects.ReturnsDead = true; // dead when it leaves, whether or not it died here
      if (C.Owner == O || C.Kind == DeathKind::DeadOnReturn)
        continue;
      if (endsOnReturn(C))
        Escaping.insert(C);
      else if (Returned || endsLocal(C))
        Earlier.insert(C);
    }
    if (Escaping.empty() && Earlier.empty())
      continue;
    Escape E{{}, {}, Returned, {}, Function};
    if (Returned && !Earlier.empty()) {
      E.Causes = std::move(Earlier);
      E.Dead = true;
    } else if (Escaping.empty()) {
      E.Causes = std::move(Earlier);
      E.Earlier = true;
    } else {
      E.Causes = std::move(Escaping);
    }
    if (Returned) {
      E.Loc = Returned->getBeginLoc();
      QualType T = FD.getReturnType().getNonReferenceType();
      std::string Noun;
      if (isClosure(T) || lambdaIn(Returned))
        E.Subject = "returned function";
      else {
        QualType Pointee = T->isPointerType() ? T->getPointeeType() : T;
        if (QualType Owned = Objects.model().pointee(T); !Owned.isNull())
          Pointee = Owned;
        Noun = Objects.model().nounOf(Pointee);
        if (Noun.empty()) {
          TypeRole Role = Objects.roleOfType(T);
          if (Objects.model().pointee(T).isNull() && holdsTrackedElements(T, Objects.model()))
            Noun = "container";
          else if (Role != TypeRole::None)
            Noun = spelling(Role);
          else
            Noun = T->isPointerType() ? "pointer" : "value";
        }
        E.Subject = "returned " + Noun + " '" + Objects.textOf(Returned) + "'";
      }
    } else {
      auto Store = Stores.find(O);
      E.Loc = Store != Stores.end()                 ? Store->second->getBeginLoc()
              : O.Var && O.Var->hasGlobalStorage() ? O.Var->getLocation() // a static's initialiser
                                                   : E.Causes.begin()->Where;
      E.Subject = subjectOf(O);
    }
    Reporter.escaped(std::move(E));
  }
}

} // namespace tensorlife
