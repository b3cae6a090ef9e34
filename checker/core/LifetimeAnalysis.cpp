#include "core/LifetimeAnalysis.h"

#include "core/Expressions.h"
#include "core/LifetimeState.h"
#include "core/Messages.h"
#include "core/PathNotes.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/Analyses/PostOrderCFGView.h"
#include "clang/Analysis/CFG.h"
#include "clang/Analysis/FlowSensitive/DataflowWorklist.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"


namespace tensorlife {
using namespace clang;

namespace {

bool isUse(FactKind K) { return K == FactKind::Run || K == FactKind::Read; }

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

/// A std container whose elements are tracked objects (`std::vector<Tensor>`).
bool isContainerOfTracked(QualType T, ApiModel &Model) {
  const auto *Spec =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(T.getNonReferenceType()->getAsCXXRecordDecl());
  if (!Spec || !Spec->isInStdNamespace() || Spec->getTemplateArgs().size() == 0 ||
      !smartPointee(T).isNull())
    return false;
  const TemplateArgument &Arg = Spec->getTemplateArgs()[0];
  if (Arg.getKind() != TemplateArgument::Type)
    return false;
  QualType Elem = Arg.getAsType();
  if (Elem->isPointerType())
    Elem = Elem->getPointeeType();
  return Model.roleOf(Elem) != TypeRole::None;
}

bool isNamed(const FunctionDecl *FD, std::initializer_list<llvm::StringRef> Names) {
  if (!FD || !FD->getIdentifier())
    return false;
  for (llvm::StringRef N : Names)
    if (FD->getName() == N)
      return true;
  return false;
}

/// True when the body calls something modelled, directly or through a helper: only then can it
/// have findings. Stops at the first one.
bool callsModelled(const FunctionDecl &FD, ASTContext &Ctx, AnalysisContext &AC) {
  llvm::SmallVector<const Stmt *, 64> Work{FD.getBody()}; // not recursive: expressions nest deeply
  while (!Work.empty()) {
    const Stmt *St = Work.pop_back_val();
    if (!St)
      continue;
    const FunctionDecl *Callee = nullptr;
    if (const auto *Call = dyn_cast<CallExpr>(St))
      Callee = Call->getDirectCallee();
    else if (const auto *Construct = dyn_cast<CXXConstructExpr>(St))
      Callee = Construct->getConstructor();
    if (Callee && !factsOfCallee(*Callee, Ctx, AC).empty())
      return true;
    if (const auto *Call = dyn_cast<CallExpr>(St); Call && !Callee)
      if (const FieldDecl *Member = functionTableMember(Call);
          Member && !AC.Model.factsOf(Member).empty())
        return true; // a call through a modelled function table
    for (const Stmt *Child : St->children())
      Work.push_back(Child);
  }
  return false;
}

class Analyzer {
public:
  /// Summary mode analyses a helper to describe it as facts, reporting nothing.
  Analyzer(const FunctionDecl &FD, ASTContext &Ctx, AnalysisContext &AC, bool SummaryMode)
      : FD(FD), Ctx(Ctx), SM(Ctx.getSourceManager()), AC(AC), Model(AC.Model),
        SummaryMode(SummaryMode), Paths(FD, SM) {}

  std::vector<Finding> run();
  std::vector<Fact> summarise() { return solve() ? facts() : std::vector<Fact>{}; }
  /// What the body does to its parameters and what it returns, as facts: after run().
  std::vector<Fact> facts() const;

private:
  bool solve();
  LifetimeState entryState(const CFGBlock &B) const;
  void transfer(const CFGElement &E, LifetimeState &S);
  void onStmt(const Stmt *St, LifetimeState &S);
  void onCall(const CallSite &C, const Expr *Call, LifetimeState &S);
  void onLambdaCall(const LambdaExpr *L, const Expr *Call, LifetimeState &S);
  void onDecl(const VarDecl *V, LifetimeState &S);
  void onAssign(ObjectId Target, const Expr *RHS, SourceLocation Where, const Stmt *Site,
                LifetimeState &S);
  void onScopeExit(const VarDecl *V, const Stmt *Trigger, LifetimeState &S);
  void end(ObjectId Owner, DeathKind Kind, SourceLocation Where, const Stmt *Site,
           LifetimeState &S);
  void invalidate(ObjectId Owner, SourceLocation Where, const Stmt *Site, LifetimeState &S);
  void reinit(ObjectId V, ObjectState Value, ObjectId CopiedFrom, LifetimeState &S);
  void transferLoans(ObjectId From, ObjectId To, LifetimeState &S);
  /// \p From was std::move'd out by \p Move: empty, and a session is left closed.
  void movedOut(ObjectId From, const Expr *Move, LifetimeState &S);
  /// Records that \p Holder holds its loans, for dependentsOf.
  void indexLoans(const LifetimeState &S, ObjectId Holder);
  /// The objects of \p S, other than \p Owner, that may hold a loan on \p Owner, in ObjectId
  /// order.
  llvm::SmallVector<ObjectId, 8> dependentsOf(const LifetimeState &S, ObjectId Owner) const;
  void use(const Expr *Operand, const char *Verb, bool Materialises, LifetimeState &S,
           const Expr *CalledAt = nullptr);
  /// Reading a lazy value computes it, and with it the lazy values it reads and its copies'
  /// shared buffer: none of them depends on its inputs any more.
  void materialise(ObjectId V, const ObjectState &Value, LifetimeState &S);

  /// The value of an expression. *CopiedFrom: the tensor it copies (shares a buffer with);
  /// *MovedFrom: the object std::move'd out of.
  ObjectState evaluate(const Expr *E, const LifetimeState &S, ObjectId *CopiedFrom = nullptr,
                       ObjectId *MovedFrom = nullptr);
  ObjectState evaluateCall(const CallSite &C, const LifetimeState &S);
  void addLoansOn(const Expr *Arg, Relation Rel, const LifetimeState &S, ObjectState &Result);
  /// A value stored past its full-expression outlives the temporaries it borrows from.
  void bakeTemporaries(ObjectState &Value);

  ObjectId resolve(const Expr *E, const LifetimeState &S);
  TypeRole roleOfType(QualType T);
  TypeRole roleOf(ObjectId O);
  TypeRole roleOfVariable(const VarDecl *V);
  const Expr *operandOf(const CallSite &C, Operand Op) const;
  const VarDecl *innermostScope(const LifetimeState &S) const;
  const std::vector<Fact> &factsOf(const CallSite &C);
  /// The pointer a dereference (`*p`, `p[i]`, `p->m`) reads through, if \p St is one.
  static const Expr *dereferenced(const Stmt *St);
  void onDereference(const Expr *Pointer, LifetimeState &S, const Expr *CalledAt = nullptr);
  void remark(SourceLocation Loc, const std::string &Why);

  void report(const Expr *Operand, const char *Verb, const CauseSet &Causes,
              const Expr *CalledAt);
  std::string nameOf(ObjectId O);
  std::string textOf(const Expr *E);
  NamedObject named(ObjectId O) { return {roleOf(O), nameOf(O), O.Temp != nullptr}; }
  bool before(SourceLocation A, SourceLocation B) const { return SM.isBeforeInTranslationUnit(A, B); }

  const FunctionDecl &FD;
  ASTContext &Ctx;
  SourceManager &SM;
  AnalysisContext &AC;
  ApiModel &Model;
  const bool SummaryMode;
  PathNotes Paths;
  std::unique_ptr<CFG> Cfg;
  bool Solved = false; // a fixed point was reached
  std::vector<LifetimeState> Out;
  bool HasTry = false;
  /// Loop variables of range-based for loops -> the range they iterate.
  std::map<const VarDecl *, const Expr *> RangeOf;
  std::vector<LifetimeState> BeforeLast; // with a try: each block's state before its last element

  /// Owner -> every object that held a loan on it in some state so far: a superset of its
  /// dependents in any one state, so that they are found without scanning every object.
  llvm::DenseMap<ObjectId, ObjectSet> Holders;
  /// The role of each variable seen so far: asked for at every mention of it.
  llvm::DenseMap<const VarDecl *, TypeRole> VariableRoles;
  /// Local variables holding a lambda (directly or in a std::function).
  std::map<const VarDecl *, const LambdaExpr *> Lambdas;
  /// What the body does to its parameters, and what it returns (for facts()).
  std::map<std::pair<const ParmVarDecl *, FactKind>, bool> ParamEffects;
  ObjectState Returned;

  struct RawFinding {
    Finding F;
    std::string Key; // same key = same bad use of the same root cause: reported once
  };
  /// What each block reported on its latest visit. The latest visit of a block is on its
  /// fixed-point entry state (a change upstream would have queued it again), so these are the
  /// findings, with no second pass over the CFG.
  struct BlockReports {
    std::vector<RawFinding> Findings;
    std::vector<Note> Remarks;
  };
  std::vector<BlockReports> Reports;
  unsigned CurrentBlock = 0;
};

void Analyzer::remark(SourceLocation Loc, const std::string &Why) {
  if (AC.Options.Debug && !SummaryMode)
    AC.Remarks.push_back({Loc, "tensorlife: " + Why});
}

TypeRole Analyzer::roleOfType(QualType T) {
  T = T.getNonReferenceType();
  if (T->isPointerType())
    T = T->getPointeeType();
  else if (QualType Pointee = smartPointee(T); !Pointee.isNull())
    T = Pointee;
  return Model.roleOf(T);
}

TypeRole Analyzer::roleOfVariable(const VarDecl *V) {
  auto [It, New] = VariableRoles.try_emplace(V, TypeRole::None);
  if (New)
    It->second = Model.roleOfVariable(V);
  return It->second;
}

TypeRole Analyzer::roleOf(ObjectId O) {
  if (O.Temp)
    return roleOfType(O.Temp->getType());
  if (O.Field)
    return roleOfType(O.Field->getType());
  return O.Var ? roleOfVariable(O.Var) : TypeRole::None;
}

std::string Analyzer::textOf(const Expr *E) {
  return Lexer::getSourceText(CharSourceRange::getTokenRange(E->getSourceRange()), SM,
                              Ctx.getLangOpts())
      .str();
}

std::string Analyzer::nameOf(ObjectId O) {
  if (O.Temp)
    return textOf(O.Temp);
  std::string Name = O.Var ? O.Var->getName().str() : "";
  if (O.Field)
    Name += (Name.empty() ? "" : ".") + O.Field->getName().str();
  return Name;
}

const Expr *Analyzer::operandOf(const CallSite &C, Operand Op) const {
  if (Op.isThis())
    return C.This;
  if (Op.Index < 0 || static_cast<size_t>(Op.Index) >= C.Args.size())
    return nullptr;
  return C.Args[Op.Index];
}

const std::vector<Fact> &Analyzer::factsOf(const CallSite &C) {
  return C.Callee ? factsOfCallee(*C.Callee, Ctx, AC) : Model.factsOf(C.Member);
}

const Expr *Analyzer::dereferenced(const Stmt *St) {
  if (const auto *U = dyn_cast<UnaryOperator>(St); U && U->getOpcode() == UO_Deref)
    return U->getSubExpr();
  if (const auto *AS = dyn_cast<ArraySubscriptExpr>(St))
    return AS->getBase();
  if (const auto *ME = dyn_cast<MemberExpr>(St); ME && ME->isArrow())
    return ME->getBase();
  return nullptr;
}

void Analyzer::onDereference(const Expr *Pointer, LifetimeState &S, const Expr *CalledAt) {
  ObjectId V = resolve(Pointer, S);
  if (V && roleOf(V) == TypeRole::None && strip(Pointer)->getType()->isPointerType())
    use(Pointer, "read", false, S, CalledAt);
}

ObjectId Analyzer::resolve(const Expr *E, const LifetimeState &S) {
  E = strip(E);
  if (!E)
    return {};
  if (const auto *U = dyn_cast<UnaryOperator>(E))
    if (U->getOpcode() == UO_Deref || U->getOpcode() == UO_AddrOf)
      return resolve(U->getSubExpr(), S);

  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const auto *V = dyn_cast<VarDecl>(DRE->getDecl());
    if (!V || !V->isLocalVarDeclOrParm())
      return {};
    auto Alias = S.Aliases.find(V);
    if (Alias != S.Aliases.end() && Alias->second)
      return Alias->second;
    ObjectId Id = ObjectId::var(V);
    bool Tracked = roleOfVariable(V) != TypeRole::None || S.Objects.count(Id) ||
                   V->getType()->isConstantArrayType();
    return Tracked ? Id : ObjectId{};
  }

  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    const auto *Field = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (!Field)
      return {};
    const Expr *Base = ME->getBase()->IgnoreParenImpCasts();
    ObjectId Id;
    if (isa<CXXThisExpr>(Base))
      Id = {nullptr, Field, nullptr};
    else if (const auto *BaseRef = dyn_cast<DeclRefExpr>(Base); BaseRef && !ME->isArrow())
      if (const auto *V = dyn_cast<VarDecl>(BaseRef->getDecl()); V && V->isLocalVarDeclOrParm())
        Id = {V, Field, nullptr};
    if (!Id)
      return {};
    bool Tracked = roleOfType(Field->getType()) != TypeRole::None || S.Objects.count(Id);
    return Tracked ? Id : ObjectId{};
  }

  // An element of a container of tracked objects stands for the whole container.
  const Expr *Container = nullptr;
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
      Op && Op->getOperator() == OO_Subscript && Op->getNumArgs() == 2)
    Container = Op->getArg(0);
  else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E);
           MC && isNamed(MC->getMethodDecl(), {"at", "front", "back"}))
    Container = MC->getImplicitObjectArgument();
  if (Container) {
    ObjectId Id = resolve(Container, S);
    if (Id && S.Objects.count(Id) && isContainerOfTracked(strip(Container)->getType(), Model))
      return Id;
  }
  return {};
}

const VarDecl *Analyzer::innermostScope(const LifetimeState &S) const {
  const VarDecl *Inner = nullptr;
  for (const VarDecl *Scope : S.LiveScopes)
    if (!Inner || before(Inner->getLocation(), Scope->getLocation()))
      Inner = Scope;
  return Inner;
}

ObjectState Analyzer::evaluate(const Expr *E, const LifetimeState &S, ObjectId *CopiedFrom,
                               ObjectId *MovedFrom) {
  bool Moved = false;
  const Expr *Inner = strip(E, &Moved);
  if (!Inner)
    return {};
  if (const auto *Cond = dyn_cast<ConditionalOperator>(Inner)) {
    ObjectState A = evaluate(Cond->getTrueExpr(), S), B = evaluate(Cond->getFalseExpr(), S);
    A.Causes.insert(B.Causes.begin(), B.Causes.end());
    A.Loans.insert(B.Loans.begin(), B.Loans.end());
    return A;
  }
  if (ObjectId V = resolve(Inner, S)) {
    if (Moved && MovedFrom)
      *MovedFrom = V;
    if (CopiedFrom && !Moved && roleOf(V) == TypeRole::Tensor && !Inner->getType()->isPointerType())
      *CopiedFrom = V;
    auto It = S.Objects.find(V);
    return It == S.Objects.end() ? ObjectState{} : It->second;
  }
  if (auto C = asCall(Inner))
    return evaluateCall(*C, S);
  return {};
}

void Analyzer::addLoansOn(const Expr *Arg, Relation Rel, const LifetimeState &S,
                          ObjectState &Result) {
  if (!Arg)
    return;
  ObjectId Owner = resolve(Arg, S);
  auto Known = Owner ? S.Objects.find(Owner) : S.Objects.end();
  bool PointsIntoSomething = Owner && roleOf(Owner) == TypeRole::None &&
                             Known != S.Objects.end() && !Known->second.Loans.empty();
  if (Owner && !PointsIntoSomething) {
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
  const Expr *Inner = strip(Arg);
  ObjectState In = evaluate(Arg, S);
  if (In.Loans.empty() && In.Causes.empty()) {
    if (Inner && Inner->isPRValue() && roleOfType(Inner->getType()) != TypeRole::None &&
        !Inner->getType()->isPointerType())
      Result.Loans.insert({{nullptr, nullptr, Inner}, Rel, false}); // a temporary owner
    return;
  }
  for (const Loan &L : In.Loans)
    Result.Loans.insert({L.Owner, L.Rel == Relation::Data ? Rel : L.Rel, L.ViaInput});
  Result.Causes.insert(In.Causes.begin(), In.Causes.end());
}

ObjectState Analyzer::evaluateCall(const CallSite &C, const LifetimeState &S) {
  ObjectState Result;
  for (const Fact &F : factsOf(C)) {
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
        ObjectId Input = resolve(Arg, S);
        ObjectState In = evaluate(Arg, S);
        if (Input)
          Result.Loans.insert({Input, Relation::Input, true});
        // Whatever the input depends on, the lazy result reads too, until materialised.
        auto Upstream = [&](Relation R) {
          bool Lazy = R == Relation::Input || R == Relation::UpstreamInput ||
                      R == Relation::SharedBuffer;
          return Lazy ? Relation::UpstreamInput : R;
        };
        for (const Loan &L : In.Loans)
          Result.Loans.insert({L.Owner, Upstream(L.Rel), true});
        for (const Cause &Dead : In.Causes) {
          Relation R = Dead.Rel == Relation::Self ? Relation::Input : Upstream(Dead.Rel);
          Result.Causes.insert({Dead.Where, Dead.Owner, Dead.Kind, R, Dead.Site});
        }
      }
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

void Analyzer::bakeTemporaries(ObjectState &Value) {
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

void Analyzer::reinit(ObjectId V, ObjectState Value, ObjectId CopiedFrom, LifetimeState &S) {
  // Dependents of the old value keep it alive (or already recorded its end): detach them.
  for (ObjectId Other : dependentsOf(S, V)) {
    LoanSet &Loans = S.Objects[Other].Loans;
    for (auto It = Loans.begin(); It != Loans.end();)
      It = It->Owner == V ? Loans.erase(It) : std::next(It);
  }
  S.Objects[V] = std::move(Value);
  indexLoans(S, V);
  if (CopiedFrom && CopiedFrom != V) {
    // Copies share one buffer: the new copy is linked both ways with every holder of it (the
    // value copied carries the source's links to the others).
    S.Objects[V].Loans.insert({CopiedFrom, Relation::SharedBuffer, false});
    std::vector<ObjectId> Sharers;
    for (const Loan &L : S.Objects[V].Loans)
      if (L.Rel == Relation::SharedBuffer && L.Owner != V)
        Sharers.push_back(L.Owner);
    for (ObjectId Sharer : Sharers) {
      S.Objects[Sharer].Loans.insert({V, Relation::SharedBuffer, false});
      Holders[V].insert(Sharer);
      Holders[Sharer].insert(V);
    }
  }
}

void Analyzer::indexLoans(const LifetimeState &S, ObjectId Holder) {
  if (auto It = S.Objects.find(Holder); It != S.Objects.end())
    for (const Loan &L : It->second.Loans)
      Holders[L.Owner].insert(Holder);
}

llvm::SmallVector<ObjectId, 8> Analyzer::dependentsOf(const LifetimeState &S,
                                                      ObjectId Owner) const {
  llvm::SmallVector<ObjectId, 8> Result;
  auto It = Holders.find(Owner);
  if (It == Holders.end())
    return Result;
  for (ObjectId Holder : It->second)
    if (Holder != Owner && S.Objects.count(Holder))
      Result.push_back(Holder);
  return Result;
}

void Analyzer::movedOut(ObjectId From, const Expr *Move, LifetimeState &S) {
  reinit(From, {}, {}, S);
  QualType T = From.Field ? From.Field->getType() : From.Var ? From.Var->getType() : QualType();
  bool Value = !T.isNull() && !T->isPointerType() && !T->isReferenceType() &&
               smartPointee(T).isNull();
  // A moved-from session is closed; a moved-from unique (move-only) tensor handle is empty.
  TypeRole Role = roleOf(From);
  if (Value && (Role == TypeRole::Session || (Role == TypeRole::Tensor && isMoveOnly(T))))
    end(From, DeathKind::MovedFrom, Move->getBeginLoc(), Move, S);
}

void Analyzer::transferLoans(ObjectId From, ObjectId To, LifetimeState &S) {
  for (ObjectId Other : dependentsOf(S, From)) {
    if (Other == To)
      continue;
    LoanSet &Loans = S.Objects[Other].Loans;
    LoanSet Moved;
    for (auto It = Loans.begin(); It != Loans.end();) {
      if (It->Owner != From) {
        ++It;
        continue;
      }
      Moved.insert({To, It->Rel, It->ViaInput});
      It = Loans.erase(It);
    }
    if (!Moved.empty())
      Holders[To].insert(Other);
    Loans.insert(Moved.begin(), Moved.end());
  }
}

void Analyzer::end(ObjectId Owner, DeathKind Kind, SourceLocation Where, const Stmt *Site,
                   LifetimeState &S) {
  S.Objects[Owner].Causes.insert({Where, Owner, Kind, Relation::Self, Site});
  // Everything that (transitively) borrows from the owner dies with it. Lazy results already
  // carry their upstream loans, so only direct borrowing is followed further. Copies sharing the
  // buffer die too, but what reads them is not followed: copies are linked with every sharer when
  // made, and a chain of links through the join of two paths may share no buffer on any one path.
  llvm::SmallVector<ObjectId, 8> Dying{Owner};
  ObjectSet Seen{Owner};
  while (!Dying.empty()) {
    ObjectId Current = Dying.back();
    Dying.pop_back();
    for (ObjectId Other : dependentsOf(S, Current)) {
      if (Other == Owner)
        continue;
      ObjectState &State = S.Objects[Other];
      for (const Loan &L : State.Loans) {
        if (L.Owner != Current)
          continue;
        Relation Rel = L.Rel;
        bool Borrows = Rel == Relation::Borrowed || Rel == Relation::Data || Rel == Relation::View;
        // Further down the chain only what points into memory dies: lazy results and copies
        // already carry the loans of their inputs.
        if (Current != Owner && !Borrows)
          continue;
        State.Causes.insert({Where, Owner, Kind, Rel, Site});
        if ((Borrows || Rel == Relation::InScope) && Seen.insert(Other))
          Dying.push_back(Other);
      }
    }
  }
  if (Owner.Var && !Owner.Field && roleOf(Owner) == TypeRole::Scope)
    S.LiveScopes.erase(Owner.Var);
}

void Analyzer::invalidate(ObjectId Owner, SourceLocation Where, const Stmt *Site,
                          LifetimeState &S) {
  // The owner and what it hands out stay usable; pointers and views into its memory do not.
  ObjectSet Lenders{Owner};
  for (ObjectId Other : dependentsOf(S, Owner))
    for (const Loan &L : S.Objects[Other].Loans)
      if (L.Owner == Owner && L.Rel == Relation::Borrowed)
        Lenders.insert(Other);
  for (ObjectId Lender : Lenders)
    for (ObjectId Other : dependentsOf(S, Lender)) {
      ObjectState &State = S.Objects[Other];
      for (const Loan &L : State.Loans)
        if (L.Owner == Lender && (L.Rel == Relation::Data || L.Rel == Relation::View))
          State.Causes.insert({Where, Owner, DeathKind::Invalidated, L.Rel, Site});
    }
}

void Analyzer::use(const Expr *Operand, const char *Verb, bool Materialises, LifetimeState &S,
                   const Expr *CalledAt) {
  if (!Operand)
    return;
  ObjectId V = resolve(Operand, S);
  ObjectState Evaluated;
  const ObjectState &Value = V ? S.Objects[V] : (Evaluated = evaluate(Operand, S));
  if (V && V.Var && isa<ParmVarDecl>(V.Var) && !V.Field)
    ParamEffects[{cast<ParmVarDecl>(V.Var), StringRef(Verb) == "run" ? FactKind::Run
                                                                    : FactKind::Read}] = true;
  if (!SummaryMode && !Value.Causes.empty())
    report(Operand, Verb, Value.Causes, CalledAt);
  if (Materialises && llvm::any_of(Value.Loans, [](const Loan &L) {
        return L.ViaInput || L.Rel == Relation::SharedBuffer;
      }))
    materialise(V, ObjectState(Value), S); // a copy: materialising changes what Value refers to
}

void Analyzer::materialise(ObjectId V, const ObjectState &Value, LifetimeState &S) {
  llvm::SmallVector<ObjectId, 8> Work;
  ObjectSet Seen;
  auto Push = [&](ObjectId O) {
    if (O && Seen.insert(O))
      Work.push_back(O);
  };
  // An input computed with its reader, unless it reads the reader in turn: no one path has
  // that, only the join of two (the input's old value read on one, a new one on the other).
  auto PushInput = [&](ObjectId Input, ObjectId Reader) {
    auto It = S.Objects.find(Input);
    if (It == S.Objects.end() ||
        llvm::none_of(It->second.Loans, [&](const Loan &L) { return L.ViaInput && L.Owner == Reader; }))
      Push(Input);
  };
  Push(V);
  // Computing the value (a variable or a temporary) computes the lazy values it reads.
  for (const Loan &L : Value.Loans)
    if (L.ViaInput && L.Rel == Relation::Input)
      PushInput(L.Owner, V);
  while (!Work.empty()) {
    ObjectId O = Work.back();
    Work.pop_back();
    auto It = S.Objects.find(O);
    if (It == S.Objects.end())
      continue;
    // Copies share the computed buffer; what O read lazily is computed with it.
    ObjectSet Read;
    llvm::SmallVector<ObjectId, 4> Inputs;
    LoanSet &Loans = It->second.Loans;
    for (const Loan &L : Loans) {
      if (L.Rel == Relation::SharedBuffer)
        Push(L.Owner);
      if (L.ViaInput && L.Rel == Relation::Input)
        Inputs.push_back(L.Owner);
      if (L.ViaInput)
        Read.insert(L.Owner);
    }
    for (ObjectId Input : Inputs)
      PushInput(Input, O);
    for (auto L = Loans.begin(); L != Loans.end();)
      L = L->ViaInput ? Loans.erase(L) : std::next(L);
    // Lazy results built from O now read O's buffer, no longer what O read.
    for (ObjectId Result : dependentsOf(S, O)) {
      LoanSet &Theirs = S.Objects[Result].Loans;
      if (llvm::none_of(Theirs, [&](const Loan &L) { return L.Owner == O && L.Rel == Relation::Input; }))
        continue;
      for (auto L = Theirs.begin(); L != Theirs.end();)
        L = L->Rel == Relation::UpstreamInput && Read.count(L->Owner) ? Theirs.erase(L)
                                                                       : std::next(L);
    }
  }
}

void Analyzer::onAssign(ObjectId Target, const Expr *RHS, SourceLocation Where, const Stmt *Site,
                        LifetimeState &S) {
  TypeRole Role = roleOf(Target);
  bool Handle = Target.Var && !Target.Field ? Target.Var->getType()->isPointerType()
                : Target.Field             ? Target.Field->getType()->isPointerType()
                                           : false;
  // Assigning over an owner ends its old value (a session, a vector's storage).
  if (!Handle && (Role == TypeRole::Session || Role == TypeRole::Buffer))
    end(Target, DeathKind::Replaced, Where, Site, S);
  ObjectId CopiedFrom, MovedFrom;
  ObjectState Value = evaluate(RHS, S, &CopiedFrom, &MovedFrom);
  bakeTemporaries(Value);
  reinit(Target, std::move(Value), CopiedFrom, S);
  if (MovedFrom && MovedFrom != Target && !Handle) {
    transferLoans(MovedFrom, Target, S);
    movedOut(MovedFrom, RHS, S);
  }
}

void Analyzer::onLambdaCall(const LambdaExpr *L, const Expr *Call, LifetimeState &S) {
  // Calling a lambda runs its body here: its uses of captured objects happen now.
  struct UseFinder : RecursiveASTVisitor<UseFinder> {
    Analyzer &A;
    LifetimeState &S;
    const Expr *Call;
    UseFinder(Analyzer &A, LifetimeState &S, const Expr *Call) : A(A), S(S), Call(Call) {}
    bool VisitStmt(Stmt *St) {
      if (const Expr *Pointer = dereferenced(St))
        A.onDereference(Pointer, S, Call);
      if (auto C = asCall(St))
        for (const Fact &F : A.factsOf(*C))
          if (isUse(F.Kind))
            for (Operand Op : F.Operands)
              A.use(A.operandOf(*C, Op), F.Kind == FactKind::Run ? "run" : "read", false, S, Call);
      return true;
    }
    bool TraverseLambdaExpr(LambdaExpr *) { return true; } // nested lambdas run when called
  };
  UseFinder Finder(*this, S, Call);
  Finder.TraverseStmt(L->getBody());
}

void Analyzer::onCall(const CallSite &C, const Expr *Call, LifetimeState &S) {
  // Assigning a tracked object gives it a new value.
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
      Op && Op->getOperator() == OO_Equal && C.This && C.Args.size() == 1) {
    if (ObjectId Target = resolve(C.This, S)) {
      onAssign(Target, C.Args[0], Call->getBeginLoc(), Call, S);
      return;
    }
  }
  // Calling a lambda, directly or through a variable (std::function).
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call); Op && Op->getOperator() == OO_Call) {
    const Expr *Callee = strip(Op->getArg(0));
    const LambdaExpr *L = lambdaIn(Callee);
    if (const auto *DRE = dyn_cast<DeclRefExpr>(Callee))
      if (auto It = Lambdas.find(dyn_cast<VarDecl>(DRE->getDecl())); It != Lambdas.end())
        L = It->second;
    if (L) {
      onLambdaCall(L, Call, S);
      return;
    }
  }

  const CXXMethodDecl *Method = dyn_cast_or_null<CXXMethodDecl>(C.Callee);
  // Smart pointers: reset() destroys what they own; release() gives it away.
  if (Method && C.This && !smartPointee(C.This->getType()).isNull()) {
    if (ObjectId Target = resolve(C.This, S);
        Target && isNamed(Method, {"reset", "release"})) {
      // Afterwards it holds nothing or a fresh object: using it is not a lifetime bug of ours.
      if (Method->getName() == "reset" && Method->getParent()->getName() == "unique_ptr")
        end(Target, DeathKind::Destroyed, Call->getBeginLoc(), Call, S);
      // Raw pointers taken with get() keep pointing at the old object.
      for (auto It = S.Aliases.begin(); It != S.Aliases.end();) {
        if (It->second != Target) {
          ++It;
          continue;
        }
        ObjectState Old = S.Objects[Target]; // a copy: inserting may move the map's elements
        S.Objects[ObjectId::var(It->first)] = std::move(Old);
        indexLoans(S, ObjectId::var(It->first));
        It = S.Aliases.erase(It);
      }
      reinit(Target, {}, {}, S);
    }
    return;
  }
  // Putting a tracked object into a container: the container now holds what it holds.
  if (Method && C.This && isContainerOfTracked(C.This->getType(), Model) &&
      isNamed(Method, {"push_back", "emplace_back", "push_front", "emplace_front", "insert",
                       "emplace"})) {
    ObjectId Container = resolve(C.This, S);
    if (const auto *DRE = dyn_cast<DeclRefExpr>(strip(C.This)); !Container && DRE)
      if (const auto *V = dyn_cast<VarDecl>(DRE->getDecl()); V && V->isLocalVarDeclOrParm())
        Container = ObjectId::var(V); // starts being tracked with its first element
    if (Container) {
      for (const Expr *Arg : C.Args) {
        ObjectId CopiedFrom;
        ObjectState Elem = evaluate(Arg, S, &CopiedFrom);
        bakeTemporaries(Elem);
        ObjectState &Mine = S.Objects[Container];
        Mine.Causes.insert(Elem.Causes.begin(), Elem.Causes.end());
        Mine.Loans.insert(Elem.Loans.begin(), Elem.Loans.end());
        if (CopiedFrom)
          Mine.Loans.insert({CopiedFrom, Relation::SharedBuffer, false});
        indexLoans(S, Container);
      }
    }
    return;
  }

  const std::vector<Fact> &Facts = factsOf(C);
  // Uses happen before the call's own effects: `keep(t)` reads t, `release(t)` does not.
  for (const Fact &F : Facts)
    if (isUse(F.Kind))
      for (Operand Op : F.Operands)
        use(operandOf(C, Op), F.Kind == FactKind::Run ? "run" : "read", F.Kind == FactKind::Read,
            S);
  for (const Fact &F : Facts) {
    if (!isEnd(F.Kind) && F.Kind != FactKind::Open && F.Kind != FactKind::Invalidate)
      continue;
    ObjectId Target = resolve(operandOf(C, F.Operands[0]), S);
    if (!Target)
      continue;
    if (Target.Var && !Target.Field && isa<ParmVarDecl>(Target.Var) && isEnd(F.Kind))
      ParamEffects[{cast<ParmVarDecl>(Target.Var), F.Kind}] = true;
    if (F.Kind == FactKind::Open)
      reinit(Target, {}, {}, S);
    else if (F.Kind == FactKind::Invalidate)
      invalidate(Target, Call->getBeginLoc(), Call, S);
    else
      end(Target, deathOf(F.Kind), Call->getBeginLoc(), Call, S);
  }
  // A result written through an out-parameter (`&v`) is assigned to what it points to.
  for (const Fact &F : Facts) {
    if (F.Kind != FactKind::ResultOut)
      continue;
    const Expr *Out = operandOf(C, F.Operands[0]);
    ObjectId Target = resolve(Out, S);
    if (const VarDecl *V = Target ? nullptr : addressedVariable(Out))
      Target = ObjectId::var(V); // a data pointer starts being tracked here
    if (Target) {
      ObjectState Value = evaluateCall(C, S);
      bakeTemporaries(Value);
      reinit(Target, std::move(Value), {}, S);
    }
  }

  // Arguments std::move'd into a call are left empty. (Moves into a variable are handled where
  // the variable is initialised or assigned.)
  const auto *Proto = C.prototype();
  const auto *Ctor = dyn_cast_or_null<CXXConstructorDecl>(C.Callee);
  bool VariableMove = Ctor && Ctor->isCopyOrMoveConstructor();
  for (size_t I = 0; I < C.Args.size() && !VariableMove; ++I) {
    bool Moved = false;
    strip(C.Args[I], &Moved);
    if (Moved && Proto && I < Proto->getNumParams() &&
        !Proto->getParamType(I)->isLValueReferenceType())
      if (ObjectId From = resolve(C.Args[I], S))
        movedOut(From, C.Args[I], S);
  }

  // Optionally, a call we know nothing about may release what it gets by non-const pointer/ref.
  if (Facts.empty() && C.Callee && !C.Callee->hasBody() && Proto) {
    for (size_t I = 0; I < C.Args.size() && I < Proto->getNumParams(); ++I) {
      QualType P = Proto->getParamType(I);
      bool Mutable = P->isPointerType() && !P->getPointeeType().isConstQualified();
      ObjectId Target = Mutable ? resolve(C.Args[I], S) : ObjectId{};
      if (!Target || roleOf(Target) == TypeRole::None)
        continue;
      if (AC.Options.UnknownCallsMayRelease)
        end(Target, DeathKind::MaybeReleased, Call->getBeginLoc(), Call, S);
      else if (!SummaryMode && AC.Options.Debug)
        Reports[CurrentBlock].Remarks.push_back(
            {Call->getBeginLoc(), "tensorlife: assuming '" + C.Callee->getNameAsString() +
                                      "', which has no model and no visible body, does not "
                                      "release '" + nameOf(Target) + "'"});
    }
  }
}

void Analyzer::onDecl(const VarDecl *V, LifetimeState &S) {
  const Expr *Init = V->getInit();
  ObjectId Id = ObjectId::var(V);
  if (const LambdaExpr *L = Init ? lambdaIn(Init) : nullptr) {
    Lambdas[V] = L;
    return;
  }
  QualType T = V->getType();
  TypeRole Role = roleOfVariable(V);
  if (auto Range = RangeOf.find(V); Range != RangeOf.end()) {
    // Each iteration's element is its own object, carrying what the range carries.
    ObjectState Value = evaluate(Range->second, S);
    S.Aliases.erase(V);
    if (Role != TypeRole::None || !Value.Causes.empty() || !Value.Loans.empty())
      reinit(Id, std::move(Value), {}, S);
    return;
  }
  if (T->isReferenceType() || (T->isPointerType() && Role != TypeRole::None)) {
    if (ObjectId Target = Init ? resolve(Init, S) : ObjectId{}) {
      S.Aliases[V] = Target;
      return;
    }
    S.Aliases.erase(V);
  }
  ObjectId CopiedFrom, MovedFrom;
  ObjectState Value = Init ? evaluate(Init, S, &CopiedFrom, &MovedFrom) : ObjectState{};
  bakeTemporaries(Value);
  bool Owner = Init && isa<CXXNewExpr>(Init->IgnoreParenImpCasts());
  if (Role == TypeRole::None && !Owner && Value.Causes.empty() && Value.Loans.empty()) {
    S.Objects.erase(Id); // nothing to track
    return;
  }
  reinit(Id, std::move(Value), CopiedFrom, S);
  if (MovedFrom && MovedFrom != Id) {
    transferLoans(MovedFrom, Id, S);
    movedOut(MovedFrom, Init, S);
  }
  if (Role == TypeRole::Scope && !T->isPointerType() && !T->isReferenceType())
    S.LiveScopes.insert(V);
}

void Analyzer::onScopeExit(const VarDecl *V, const Stmt *Trigger, LifetimeState &S) {
  QualType T = V->getType();
  if (T->isReferenceType() || T->isPointerType())
    return;
  ObjectId Id = ObjectId::var(V);
  TypeRole Role = roleOfVariable(V);
  // Only an owner, or something lent out, has an end that matters (most locals are neither).
  if (Role != TypeRole::Scope && Role != TypeRole::Session && Role != TypeRole::Buffer &&
      !Holders.count(Id))
    return;
  SourceLocation Where = Trigger ? Trigger->getBeginLoc() : V->getLocation();
  if (const auto *Block = dyn_cast_or_null<CompoundStmt>(Trigger))
    Where = Block->getRBracLoc();
  const auto *Smart = dyn_cast_or_null<ClassTemplateSpecializationDecl>(T->getAsCXXRecordDecl());
  bool Shared = Smart && !smartPointee(T).isNull() && Smart->getName() == "shared_ptr";
  bool Borrowed = false, Copied = false;
  for (ObjectId Other : dependentsOf(S, Id))
    for (const Loan &L : S.Objects[Other].Loans)
      if (L.Owner == Id) {
        Copied |= L.Rel == Relation::SharedBuffer;
        Borrowed |= L.Rel == Relation::Borrowed || L.Rel == Relation::Data || L.Rel == Relation::View;
      }
  if (Shared)
    return; // other owners may keep it alive
  if (Role == TypeRole::Scope)
    end(Id, DeathKind::ScopeEnded, Where, Trigger, S);
  else if (Role == TypeRole::Session || Role == TypeRole::Buffer || (Borrowed && !Copied))
    end(Id, DeathKind::Destroyed, Where, Trigger, S); // also an array, or an uncopied tensor
}

void Analyzer::onStmt(const Stmt *St, LifetimeState &S) {
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
        // A pointer handle re-pointed at another tracked object aliases it.
        if (roleOfVariable(V) != TypeRole::None) {
          if (ObjectId Other = resolve(BO->getRHS(), S)) {
            S.Aliases[V] = Other;
            return;
          }
        }
        S.Aliases.erase(V);
      }
    } else if (isa<MemberExpr>(LHS)) {
      Target = resolve(LHS, S);
      if (!Target)
        if (const auto *ME = dyn_cast<MemberExpr>(LHS))
          if (const auto *Field = dyn_cast<FieldDecl>(ME->getMemberDecl()))
            if (isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
              Target = {nullptr, Field, nullptr};
    }
    if (!Target)
      return;
    ObjectState Value = evaluate(BO->getRHS(), S);
    if (roleOf(Target) == TypeRole::None && Value.Causes.empty() && Value.Loans.empty() &&
        !isa<CXXNewExpr>(BO->getRHS()->IgnoreParenImpCasts())) {
      if (S.Objects.count(Target))
        reinit(Target, {}, {}, S);
      S.Objects.erase(Target);
      return;
    }
    onAssign(Target, BO->getRHS(), BO->getBeginLoc(), BO, S);
    return;
  }
  // Dereferencing a raw pointer into something is a read of it.
  if (const Expr *Pointer = dereferenced(St)) {
    onDereference(Pointer, S);
    return;
  }
  if (const auto *Del = dyn_cast<CXXDeleteExpr>(St)) {
    if (ObjectId V = resolve(Del->getArgument(), S)) {
      end(V, DeathKind::Destroyed, Del->getBeginLoc(), Del, S);
      if (V.Var && !V.Field && isa<ParmVarDecl>(V.Var))
        ParamEffects[{cast<ParmVarDecl>(V.Var), FactKind::Destroy}] = true;
    }
    return;
  }
  if (const auto *Ret = dyn_cast<ReturnStmt>(St)) {
    if (Ret->getRetValue()) {
      ObjectState Value = evaluate(Ret->getRetValue(), S);
      Returned.Loans.insert(Value.Loans.begin(), Value.Loans.end());
    }
    return;
  }
  if (auto C = asCall(St))
    onCall(*C, cast<Expr>(St), S);
}

void Analyzer::transfer(const CFGElement &E, LifetimeState &S) {
  if (auto CS = E.getAs<CFGStmt>()) {
    onStmt(CS->getStmt(), S);
    return;
  }
  if (auto Ends = E.getAs<CFGLifetimeEnds>())
    onScopeExit(Ends->getVarDecl(), Ends->getTriggerStmt(), S);
}

void Analyzer::report(const Expr *Operand, const char *Verb, const CauseSet &Causes,
                      const Expr *CalledAt) {
  const Expr *Written = strip(Operand);
  SourceLocation Loc = SM.getFileLoc(Written->getBeginLoc()); // a macro argument where written
  std::string Text = textOf(Written);
  TypeRole UsedRole = TypeRole::None;
  if (ObjectId V = resolve(Operand, LifetimeState{}))
    UsedRole = roleOf(V);
  NamedObject Used{UsedRole, Text};

  for (Category Cat : {Category::UseAfterClose, Category::UseAfterRelease}) {
    std::vector<std::pair<Cause, NamedObject>> Group;
    for (const Cause &C : Causes)
      if (categoryOf(C.Kind, roleOf(C.Owner)) == Cat && !Paths.exclusive(C.Site, Written))
        Group.push_back({C, named(C.Owner)});
    if (Group.empty())
      continue;
    std::stable_sort(Group.begin(), Group.end(), [&](const auto &A, const auto &B) {
      return before(A.first.Where, B.first.Where);
    });

    Finding F{Cat, Loc, useMessage(Used, Verb, Group), {}};
    std::string Key = std::to_string(Loc.getRawEncoding()) + "|" + Text + "|" +
                      std::to_string(static_cast<int>(Cat));
    std::set<std::pair<unsigned, std::string>> Noted;
    for (const auto &[C, Owner] : Group) {
      if (!Noted.insert({C.Where.getRawEncoding(), Owner.Name}).second)
        continue;
      SourceLocation Where = SM.getFileLoc(C.Where);
      F.Notes.push_back({Where, endNote(C, Owner)});
      for (const Note &N : Paths.assumptions(C.Site, Written))
        F.Notes.push_back(N);
      Key += "|" + std::to_string(C.Where.getRawEncoding()) + ":" + Owner.Name;
    }
    if (CalledAt)
      F.Notes.push_back({CalledAt->getBeginLoc(), "the lambda is called here"});
    Reports[CurrentBlock].Findings.push_back({std::move(F), std::move(Key)});
  }
}

LifetimeState Analyzer::entryState(const CFGBlock &B) const {
  LifetimeState In;
  if (&B == &Cfg->getEntry())
    In.Reached = true;
  // The try's dispatch block (leading to its handlers) is entered when a call throws: before
  // that call had any effect.
  bool Handler = isa_and_nonnull<CXXTryStmt>(B.getTerminatorStmt());
  for (const CFGBlock::AdjacentBlock &Pred : B.preds())
    if (Pred.getReachableBlock())
      In.join((Handler ? BeforeLast : Out)[Pred->getBlockID()]);
  return In;
}

bool Analyzer::solve() {
  // Scope ends come as lifetime ends; destructor elements would only cost blocks.
  CFG::BuildOptions Options;
  Options.AddLifetime = true;
  Options.AddInitializers = true;
  // Elements for the expressions the transfer function acts on (see onStmt), nested ones too,
  // in evaluation order; no element for anything else.
  for (Stmt::StmtClass Class :
       {Stmt::DeclStmtClass, Stmt::BinaryOperatorClass, Stmt::UnaryOperatorClass,
        Stmt::ArraySubscriptExprClass, Stmt::MemberExprClass, Stmt::CXXDeleteExprClass,
        Stmt::ReturnStmtClass, Stmt::CallExprClass, Stmt::CXXMemberCallExprClass,
        Stmt::CXXOperatorCallExprClass, Stmt::UserDefinedLiteralClass,
        Stmt::CXXConstructExprClass, Stmt::CXXTemporaryObjectExprClass})
    Options.setAlwaysAdd(Class);
  Cfg = CFG::buildCFG(&FD, FD.getBody(), &Ctx, Options);
  // A call in a `try` may jump to its handlers. The edges cost a block per call: built only
  // where a handler can be reached.
  if (Cfg && llvm::any_of(*Cfg, [](const CFGBlock *B) {
        return isa_and_nonnull<CXXTryStmt>(B->getTerminatorStmt());
      })) {
    HasTry = true;
    Options.AddEHEdges = true;
    Cfg = CFG::buildCFG(&FD, FD.getBody(), &Ctx, Options);
  }
  if (!Cfg) {
    remark(FD.getLocation(), "skipped '" + FD.getNameAsString() + "': no CFG could be built");
    return false;
  }
  // Range-for loop variables take their values from the range.
  for (const CFGBlock *B : *Cfg)
    if (const auto *For = dyn_cast_or_null<CXXForRangeStmt>(B->getTerminatorStmt()))
      RangeOf[For->getLoopVariable()] = For->getRangeInit();

  const unsigned NumBlocks = Cfg->getNumBlockIDs();
  Out.assign(NumBlocks, {});
  if (HasTry)
    BeforeLast.assign(NumBlocks, {});
  Reports.assign(NumBlocks, {});
  // Forward may-analysis to a fixed point, visiting blocks in reverse post-order (each block of
  // an acyclic CFG once). The lattice is finite, so it converges; the budget only guards against
  // a bug turning into a hang.
  PostOrderCFGView Order(Cfg.get());
  ForwardDataflowWorklist Work(*Cfg, &Order);
  Work.enqueueBlock(&Cfg->getEntry());
  size_t Budget = 64 * static_cast<size_t>(NumBlocks) + 1024;
  // Each block's states only grow (joined with what they were): a transfer that drops loans
  // (materialising) must not make the solver oscillate. Returns whether \p Old changed.
  auto Grow = [](LifetimeState &Old, LifetimeState &&New) {
    if (!Old.Reached) {
      Old = std::move(New);
      return Old.Reached;
    }
    LifetimeState Grown = Old;
    Grown.join(New);
    if (Grown == Old)
      return false;
    Old = std::move(Grown);
    return true;
  };
  while (const CFGBlock *B = Work.dequeue()) {
    if (Budget-- == 0) {
      remark(FD.getLocation(), "skipped '" + FD.getNameAsString() +
                                   "': the analysis did not converge within its budget");
      return false;
    }
    CurrentBlock = B->getBlockID();
    Reports[CurrentBlock] = {};
    LifetimeState S = entryState(*B);
    // Handlers are entered from a block's state before its last element: a change there counts.
    bool Changed = false;
    auto KeepBeforeLast = [&] { Changed |= Grow(BeforeLast[CurrentBlock], LifetimeState(S)); };
    if (HasTry && B->empty())
      KeepBeforeLast();
    for (size_t I = 0, N = B->size(); I < N && S.Reached; ++I) {
      if (HasTry && I + 1 == N)
        KeepBeforeLast();
      transfer((*B)[I], S);
    }
    Changed |= Grow(Out[CurrentBlock], std::move(S));
    if (Changed)
      Work.enqueueSuccessors(B);
  }
  return Solved = true;
}

std::vector<Finding> Analyzer::run() {
  if (!solve())
    return {};
  std::vector<RawFinding> Raw;
  for (const CFGBlock *B : *Cfg) {
    BlockReports &R = Reports[B->getBlockID()];
    std::move(R.Findings.begin(), R.Findings.end(), std::back_inserter(Raw));
    std::move(R.Remarks.begin(), R.Remarks.end(), std::back_inserter(AC.Remarks));
  }
  std::stable_sort(Raw.begin(), Raw.end(),
                   [&](const RawFinding &A, const RawFinding &B) { return before(A.F.Loc, B.F.Loc); });
  std::vector<Finding> Findings;
  std::set<std::string> Reported;
  for (RawFinding &R : Raw)
    if (Reported.insert(R.Key).second)
      Findings.push_back(std::move(R.F));
  return Findings;
}

std::vector<Fact> Analyzer::facts() const {
  if (!Solved)
    return {};
  std::vector<Fact> Facts;
  auto Add = [&](FactKind K, std::vector<Operand> Ops) {
    for (const Fact &F : Facts)
      if (F.Kind == K && F.Operands == Ops)
        return;
    Facts.push_back({K, std::move(Ops)});
  };
  for (const auto &[Effect, Present] : ParamEffects) {
    Operand Op;
    Op.Index = static_cast<int>(Effect.first->getFunctionScopeIndex());
    Add(Effect.second, {Op});
  }
  for (const Loan &L : Returned.Loans) {
    const auto *Param = dyn_cast_or_null<ParmVarDecl>(L.Owner.Var);
    if (!Param || L.Owner.Field)
      continue;
    Operand Op;
    Op.Index = static_cast<int>(Param->getFunctionScopeIndex());
    switch (L.Rel) {
    case Relation::Borrowed:
      Add(FactKind::ResultBorrows, {Op});
      break;
    case Relation::Data:
      Add(FactKind::ResultData, {Op});
      break;
    case Relation::View:
      Add(FactKind::ResultViews, {Op});
      break;
    case Relation::Input:
      Add(FactKind::ResultDepends, {Op});
      break;
    default:
      break;
    }
  }
  return Facts;
}

} // namespace

std::vector<Finding> analyzeFunction(const FunctionDecl &FD, ASTContext &Ctx,
                                     AnalysisContext &AC) {
  if (!FD.hasBody())
    return {};
  // What a function does is known once it is analysed: its callers do not analyse it again.
  if (!callsModelled(FD, Ctx, AC)) {
    AC.Summaries.try_emplace(&FD);
    return {}; // nothing modelled: no CFG to build
  }
  Analyzer A(FD, Ctx, AC, /*SummaryMode=*/false);
  std::vector<Finding> Findings = A.run();
  AC.Summaries.try_emplace(&FD, A.facts());
  return Findings;
}

const std::vector<Fact> &factsOfCallee(const FunctionDecl &FD, ASTContext &Ctx,
                                       AnalysisContext &AC) {
  const std::vector<Fact> &Modelled = AC.Model.factsOf(&FD);
  if (!Modelled.empty())
    return Modelled;
  const FunctionDecl *Def = FD.getDefinition();
  const FunctionDecl *Key = Def ? Def : &FD;
  auto Cached = AC.Summaries.find(Key);
  if (Cached != AC.Summaries.end())
    return Cached->second;
  // Only helpers of this program are summarised: a body we can see, not a library's.
  if (!Def || !Def->hasBody() || Def->isDependentContext() ||
      Ctx.getSourceManager().isInSystemHeader(Def->getLocation()))
    return AC.Summaries[Key]; // none, for good
  static const std::vector<Fact> None;
  if (AC.InProgress.size() >= AnalysisContext::MaxSummaryDepth || AC.InProgress.count(Def))
    return None; // for now
  AC.InProgress.insert(Def);
  std::vector<Fact> Facts;
  if (callsModelled(*Def, Ctx, AC))
    Facts = Analyzer(*Def, Ctx, AC, /*SummaryMode=*/true).summarise();
  AC.InProgress.erase(Def);
  return AC.Summaries[Def] = std::move(Facts);
}

} // namespace tensorlife
