#include "core/LifetimeAnalysis.h"

#include "core/LifetimeState.h"
#include "core/Messages.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Analysis/CFG.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

#include <deque>
#include <optional>

namespace tensorlife {
using namespace clang;

namespace {

/// A call of any syntax, with `this` and arguments lined up with the callee's parameters.
struct CallSite {
  const FunctionDecl *Callee = nullptr;
  const Expr *This = nullptr;
  llvm::SmallVector<const Expr *, 4> Args;
};

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
    C.Args.append(CE->arg_begin(), CE->arg_end());
  } else if (const auto *Ctor = dyn_cast<CXXConstructExpr>(S)) {
    C.Callee = Ctor->getConstructor();
    C.Args.append(Ctor->arg_begin(), Ctor->arg_end());
  } else {
    return std::nullopt;
  }
  if (!C.Callee)
    return std::nullopt;
  return C;
}

/// Looks through what does not change which object an expression designates: parentheses,
/// casts, temporaries, copies and std::move. Sets *Moved when a std::move was passed.
const Expr *strip(const Expr *E, bool *Moved = nullptr) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *EWC = dyn_cast<ExprWithCleanups>(E))
      E = EWC->getSubExpr();
    else if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *F = dyn_cast<CXXFunctionalCastExpr>(E))
      E = F->getSubExpr();
    else if (const auto *CE = dyn_cast<CXXConstructExpr>(E);
             CE && CE->getNumArgs() == 1 && CE->getConstructor()->isCopyOrMoveConstructor())
      E = CE->getArg(0);
    else if (const auto *Call = dyn_cast<CallExpr>(E); Call && Call->isCallToStdMove()) {
      if (Moved)
        *Moved = true;
      E = Call->getArg(0);
    } else
      break;
  }
  return E;
}

bool isUse(FactKind K) { return K == FactKind::Run || K == FactKind::Read; }

class Analyzer {
public:
  Analyzer(const FunctionDecl &FD, ASTContext &Ctx, ApiModel &Model)
      : FD(FD), Ctx(Ctx), SM(Ctx.getSourceManager()), Model(Model) {}

  std::vector<Finding> run();

private:
  void transfer(const CFGElement &E, LifetimeState &S);
  void onStmt(const Stmt *St, LifetimeState &S);
  void onCall(const CallSite &C, const Expr *Call, LifetimeState &S);
  void onDecl(const VarDecl *V, LifetimeState &S);
  void onPointerAssign(const VarDecl *P, const Expr *RHS, LifetimeState &S);
  void end(const VarDecl *Owner, DeathKind Kind, SourceLocation Where, LifetimeState &S);
  void reinit(const VarDecl *V, ObjectState Value, const VarDecl *CopiedFrom, LifetimeState &S);
  void use(const Expr *Operand, const char *Verb, bool Materialises, LifetimeState &S);

  ObjectState evaluate(const Expr *E, const LifetimeState &S,
                       const VarDecl **CopiedFrom = nullptr);
  ObjectState evaluateCall(const CallSite &C, const LifetimeState &S);
  const VarDecl *resolve(const Expr *E, const LifetimeState &S);
  const Expr *operandOf(const CallSite &C, Operand Op) const;
  const VarDecl *innermostScope(const LifetimeState &S) const;

  void report(const Expr *Operand, const char *Verb, const std::set<Cause> &Causes);
  NamedObject named(const VarDecl *V) { return {Model.roleOfVariable(V), V->getName().str()}; }
  bool before(SourceLocation A, SourceLocation B) const { return SM.isBeforeInTranslationUnit(A, B); }

  const FunctionDecl &FD;
  ASTContext &Ctx;
  SourceManager &SM;
  ApiModel &Model;
  bool Reporting = false;

  struct RawFinding {
    Finding F;
    std::string Key; // same key = same bad use of the same root cause: reported once
  };
  std::vector<RawFinding> Raw;
};

const Expr *Analyzer::operandOf(const CallSite &C, Operand Op) const {
  if (Op.isThis())
    return C.This;
  if (Op.Index < 0 || static_cast<size_t>(Op.Index) >= C.Args.size())
    return nullptr;
  return C.Args[Op.Index];
}

const VarDecl *Analyzer::resolve(const Expr *E, const LifetimeState &S) {
  E = strip(E);
  if (!E)
    return nullptr;
  if (const auto *U = dyn_cast<UnaryOperator>(E))
    if (U->getOpcode() == UO_Deref || U->getOpcode() == UO_AddrOf)
      return resolve(U->getSubExpr(), S);
  const auto *DRE = dyn_cast<DeclRefExpr>(E);
  if (!DRE)
    return nullptr;
  const auto *V = dyn_cast<VarDecl>(DRE->getDecl());
  if (!V || !V->isLocalVarDeclOrParm())
    return nullptr;
  auto Alias = S.Aliases.find(V);
  if (Alias != S.Aliases.end())
    return Alias->second;
  return Model.roleOfVariable(V) == TypeRole::None ? nullptr : V;
}

const VarDecl *Analyzer::innermostScope(const LifetimeState &S) const {
  const VarDecl *Inner = nullptr;
  for (const VarDecl *Scope : S.LiveScopes)
    if (!Inner || before(Inner->getLocation(), Scope->getLocation()))
      Inner = Scope;
  return Inner;
}

ObjectState Analyzer::evaluate(const Expr *E, const LifetimeState &S, const VarDecl **CopiedFrom) {
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
  if (const VarDecl *V = resolve(Inner, S)) {
    if (CopiedFrom && !Moved && Model.roleOfVariable(V) == TypeRole::Tensor)
      *CopiedFrom = V;
    auto It = S.Objects.find(V);
    return It == S.Objects.end() ? ObjectState{} : It->second;
  }
  if (auto C = asCall(Inner))
    return evaluateCall(*C, S);
  return {};
}

ObjectState Analyzer::evaluateCall(const CallSite &C, const LifetimeState &S) {
  ObjectState Result;
  for (const Fact &F : Model.factsOf(C.Callee)) {
    switch (F.Kind) {
    case FactKind::ResultBorrows:
    case FactKind::ResultViews: {
      const VarDecl *Owner = resolve(operandOf(C, F.Operands[0]), S);
      if (!Owner)
        break;
      Relation Rel = F.Kind == FactKind::ResultBorrows ? Relation::Borrowed : Relation::View;
      Result.Loans.insert({Owner, Rel, false});
      // A view over a buffer that already ended is born dangling.
      auto It = S.Objects.find(Owner);
      if (Rel == Relation::View && It != S.Objects.end())
        for (const Cause &Dead : It->second.Causes)
          if (Dead.Rel == Relation::Self)
            Result.Causes.insert({Dead.Where, Dead.Owner, Dead.Kind, Relation::View});
      break;
    }
    case FactKind::ResultDepends:
      for (Operand Op : F.Operands) {
        const Expr *Arg = operandOf(C, Op);
        if (!Arg)
          continue;
        const VarDecl *Input = resolve(Arg, S);
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
          Result.Causes.insert({Dead.Where, Dead.Owner, Dead.Kind, R});
        }
      }
      break;
    case FactKind::ResultInScope:
      if (const VarDecl *Scope = innermostScope(S))
        Result.Loans.insert({Scope, Relation::InScope, false});
      break;
    default:
      break;
    }
  }
  return Result;
}

void Analyzer::reinit(const VarDecl *V, ObjectState Value, const VarDecl *CopiedFrom,
                      LifetimeState &S) {
  // Dependents of the old value keep it alive (or already recorded its end): detach them.
  for (auto &[Other, State] : S.Objects) {
    if (Other == V)
      continue;
    for (auto It = State.Loans.begin(); It != State.Loans.end();)
      It = It->Owner == V ? State.Loans.erase(It) : std::next(It);
  }
  S.Objects[V] = std::move(Value);
  if (CopiedFrom && CopiedFrom != V) {
    S.Objects[V].Loans.insert({CopiedFrom, Relation::SharedBuffer, false});
    S.Objects[CopiedFrom].Loans.insert({V, Relation::SharedBuffer, false});
  }
}

void Analyzer::end(const VarDecl *Owner, DeathKind Kind, SourceLocation Where, LifetimeState &S) {
  S.Objects[Owner].Causes.insert({Where, Owner, Kind, Relation::Self});
  for (auto &[Other, State] : S.Objects) {
    if (Other == Owner)
      continue;
    for (const Loan &L : State.Loans)
      if (L.Owner == Owner)
        State.Causes.insert({Where, Owner, Kind, L.Rel});
  }
  if (Model.roleOfVariable(Owner) == TypeRole::Scope)
    S.LiveScopes.erase(Owner);
}

void Analyzer::use(const Expr *Operand, const char *Verb, bool Materialises, LifetimeState &S) {
  if (!Operand)
    return;
  const VarDecl *V = resolve(Operand, S);
  ObjectState Value = V ? S.Objects[V] : evaluate(Operand, S);
  if (Reporting && !Value.Causes.empty())
    report(Operand, Verb, Value.Causes);
  if (Materialises && V) {
    std::set<Loan> &Loans = S.Objects[V].Loans;
    for (auto It = Loans.begin(); It != Loans.end();)
      It = It->ViaInput ? Loans.erase(It) : std::next(It);
  }
}

void Analyzer::onCall(const CallSite &C, const Expr *Call, LifetimeState &S) {
  // Assigning a tracked object gives it a new value; a session that is assigned over ends first.
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
      Op && Op->getOperator() == OO_Equal && C.This && C.Args.size() == 1) {
    if (const VarDecl *Target = resolve(C.This, S)) {
      if (Model.roleOfVariable(Target) == TypeRole::Session)
        end(Target, DeathKind::Replaced, Call->getBeginLoc(), S);
      const VarDecl *CopiedFrom = nullptr;
      ObjectState Value = evaluate(C.Args[0], S, &CopiedFrom);
      reinit(Target, std::move(Value), CopiedFrom, S);
      return;
    }
  }

  const std::vector<Fact> &Facts = Model.factsOf(C.Callee);
  // Uses happen before the call's own effects: `keep(t)` reads t, `release(t)` does not.
  for (const Fact &F : Facts)
    if (isUse(F.Kind))
      for (Operand Op : F.Operands)
        use(operandOf(C, Op), F.Kind == FactKind::Run ? "run" : "read",
            F.Kind == FactKind::Read, S);
  for (const Fact &F : Facts) {
    if (F.Kind != FactKind::Close && F.Kind != FactKind::Release && F.Kind != FactKind::Open)
      continue;
    const VarDecl *Target = resolve(operandOf(C, F.Operands[0]), S);
    if (!Target)
      continue;
    if (F.Kind == FactKind::Open)
      reinit(Target, {}, nullptr, S);
    else
      end(Target, F.Kind == FactKind::Close ? DeathKind::Closed : DeathKind::Released,
          Call->getBeginLoc(), S);
  }
}

void Analyzer::onDecl(const VarDecl *V, LifetimeState &S) {
  TypeRole Role = Model.roleOfVariable(V);
  if (Role == TypeRole::None)
    return;
  const Expr *Init = V->getInit();
  QualType T = V->getType();
  if (T->isReferenceType() || T->isPointerType()) {
    if (const VarDecl *Target = Init ? resolve(Init, S) : nullptr) {
      S.Aliases[V] = Target;
      return;
    }
    S.Aliases.erase(V);
    if (T->isPointerType()) {
      reinit(V, {}, nullptr, S);
      return;
    }
    // A reference bound to a temporary extends it: it is a value of its own.
  }
  const VarDecl *CopiedFrom = nullptr;
  ObjectState Value = Init ? evaluate(Init, S, &CopiedFrom) : ObjectState{};
  reinit(V, std::move(Value), CopiedFrom, S);
  if (Role == TypeRole::Scope)
    S.LiveScopes.insert(V);
}

void Analyzer::onPointerAssign(const VarDecl *P, const Expr *RHS, LifetimeState &S) {
  if (const VarDecl *Target = resolve(RHS, S))
    S.Aliases[P] = Target;
  else
    S.Aliases.erase(P);
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
    const auto *LHS = dyn_cast<DeclRefExpr>(BO->getLHS()->IgnoreParenImpCasts());
    const auto *P = LHS ? dyn_cast<VarDecl>(LHS->getDecl()) : nullptr;
    if (P && P->getType()->isPointerType() && Model.roleOfVariable(P) != TypeRole::None)
      onPointerAssign(P, BO->getRHS(), S);
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
  if (auto Dtor = E.getAs<CFGAutomaticObjDtor>()) {
    const VarDecl *V = Dtor->getVarDecl();
    if (V->getType()->isReferenceType())
      return;
    TypeRole Role = Model.roleOfVariable(V);
    const Stmt *Trigger = Dtor->getTriggerStmt();
    SourceLocation Where = Trigger->getBeginLoc();
    if (const auto *Block = dyn_cast<CompoundStmt>(Trigger))
      Where = Block->getRBracLoc();
    if (Role == TypeRole::Session || Role == TypeRole::Buffer)
      end(V, DeathKind::Destroyed, Where, S);
    else if (Role == TypeRole::Scope)
      end(V, DeathKind::ScopeEnded, Where, S);
  }
}

void Analyzer::report(const Expr *Operand, const char *Verb, const std::set<Cause> &Causes) {
  const Expr *Written = strip(Operand);
  SourceLocation Loc = Written->getBeginLoc();
  std::string Text = Lexer::getSourceText(CharSourceRange::getTokenRange(Written->getSourceRange()),
                                          SM, Ctx.getLangOpts())
                         .str();
  TypeRole UsedRole = TypeRole::None;
  if (const VarDecl *V = resolve(Operand, LifetimeState{}))
    UsedRole = Model.roleOfVariable(V);
  NamedObject Used{UsedRole, Text};

  for (Category Cat : {Category::UseAfterClose, Category::UseAfterRelease}) {
    std::vector<std::pair<Cause, NamedObject>> Group;
    for (const Cause &C : Causes)
      if (categoryOf(C.Kind, Model.roleOfVariable(C.Owner)) == Cat)
        Group.push_back({C, named(C.Owner)});
    if (Group.empty())
      continue;
    std::stable_sort(Group.begin(), Group.end(), [&](const auto &A, const auto &B) {
      return before(A.first.Where, B.first.Where);
    });

    Finding F{Cat, Loc, useMessage(Used, Verb, Group), {}};
    std::string Key = Text + "|" + std::to_string(static_cast<int>(Cat));
    std::set<std::pair<unsigned, const VarDecl *>> Noted;
    for (const auto &[C, Owner] : Group) {
      if (!Noted.insert({C.Where.getRawEncoding(), C.Owner}).second)
        continue;
      F.Notes.push_back({C.Where, endNote(C, Owner)});
      Key += "|" + std::to_string(C.Where.getRawEncoding()) + ":" + Owner.Name;
    }
    Raw.push_back({std::move(F), std::move(Key)});
  }
}

std::vector<Finding> Analyzer::run() {
  CFG::BuildOptions Options;
  Options.AddImplicitDtors = true;
  Options.AddTemporaryDtors = true;
  Options.AddInitializers = true;
  Options.setAllAlwaysAdd();
  std::unique_ptr<CFG> Cfg = CFG::buildCFG(&FD, FD.getBody(), &Ctx, Options);
  if (!Cfg)
    return {};

  const unsigned NumBlocks = Cfg->getNumBlockIDs();
  std::vector<LifetimeState> Out(NumBlocks);
  auto entryState = [&](const CFGBlock &B) {
    LifetimeState In;
    if (&B == &Cfg->getEntry())
      In.Reached = true;
    for (const CFGBlock::AdjacentBlock &Pred : B.preds())
      if (Pred.getReachableBlock())
        In.join(Out[Pred->getBlockID()]);
    return In;
  };

  // Forward may-analysis to a fixed point. The lattice is finite, so it converges; the budget
  // only guards against a bug turning into a hang.
  std::deque<const CFGBlock *> Work(Cfg->begin(), Cfg->end());
  std::vector<bool> Queued(NumBlocks, true);
  size_t Budget = 64 * static_cast<size_t>(NumBlocks) + 1024;
  while (!Work.empty()) {
    if (Budget-- == 0)
      return {};
    const CFGBlock *B = Work.front();
    Work.pop_front();
    Queued[B->getBlockID()] = false;
    LifetimeState S = entryState(*B);
    if (S.Reached)
      for (const CFGElement &E : *B)
        transfer(E, S);
    if (S == Out[B->getBlockID()])
      continue;
    Out[B->getBlockID()] = std::move(S);
    for (const CFGBlock::AdjacentBlock &Succ : B->succs())
      if (const CFGBlock *Next = Succ.getReachableBlock(); Next && !Queued[Next->getBlockID()]) {
        Queued[Next->getBlockID()] = true;
        Work.push_back(Next);
      }
  }

  // Replay every reached block on its fixed-point entry state, now reporting.
  Reporting = true;
  for (const CFGBlock *B : *Cfg) {
    LifetimeState S = entryState(*B);
    if (!S.Reached)
      continue;
    for (const CFGElement &E : *B)
      transfer(E, S);
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

class ModelledUseFinder : public RecursiveASTVisitor<ModelledUseFinder> {
public:
  explicit ModelledUseFinder(ApiModel &Model) : Model(Model) {}
  bool Found = false;

  bool VisitCallExpr(CallExpr *CE) {
    if (const FunctionDecl *Callee = CE->getDirectCallee())
      for (const Fact &F : Model.factsOf(Callee))
        Found |= isUse(F.Kind);
    return !Found;
  }

private:
  ApiModel &Model;
};

} // namespace

bool mayHaveFindings(const FunctionDecl &FD, ApiModel &Model) {
  if (!FD.hasBody())
    return false;
  ModelledUseFinder Finder(Model);
  Finder.TraverseStmt(FD.getBody());
  return Finder.Found;
}

std::vector<Finding> analyzeFunction(const FunctionDecl &FD, ASTContext &Ctx, ApiModel &Model) {
  return Analyzer(FD, Ctx, Model).run();
}

} // namespace tensorlife
