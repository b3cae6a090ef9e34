// The generator of lifetime events: a walk over each block's elements, once per function body.
#include "core/LifetimeEvents.h"

#include "core/LanguageRules.h"
#include "core/LifetimeAnalysis.h"

#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/Analyses/PostOrderCFGView.h"
#include "llvm/ADT/DenseSet.h"

namespace tensorlife {
using namespace clang;

namespace {

bool isUse(FactKind K) {
  return K == FactKind::Run || K == FactKind::Read || K == FactKind::Write;
}

class EventGenerator {
public:
  EventGenerator(ASTContext &Ctx, AnalysisContext &AC, ObjectResolver &Objects,
                 FunctionEvents &Out)
      : Ctx(Ctx), AC(AC), Objects(Objects), Out(Out) {}

  /// What the events of any block depend on: range-for variables, the dereferences assignments
  /// write through, the lambdas variables hold, the members conditions test.
  void collect(const CFG &Cfg);
  BlockEvents block(const CFGBlock &B);

private:
  void element(const CFGElement &E, std::vector<Event> &Events);
  void statement(const Stmt *St, std::vector<Event> &Events);
  void assignment(const BinaryOperator *BO, std::vector<Event> &Events);
  /// The lambda a call `f(...)` runs, if it is one (through a variable holding it).
  const LambdaExpr *calledLambda(const CXXOperatorCallExpr *Op);
  LambdaCallEvent lambdaCall(const LambdaExpr *L, const Expr *Call);
  DereferenceEvent dereference(const Stmt *Deref, const Expr *Pointer) {
    return {Deref, arithmeticBase(Pointer), Written.count(Deref) > 0}; // `*(d + 1)` reads d
  }
  void noteTestedMembers(const Stmt *Condition);
  void noteAssignedLambda(const Stmt *St);
  /// Variable \p V holds lambda \p L (null: a function that is not a lambda).
  void noteLambda(const VarDecl *V, const LambdaExpr *L);

  ASTContext &Ctx;
  AnalysisContext &AC;
  ObjectResolver &Objects;
  FunctionEvents &Out;
  /// Loop variables of range-based for loops -> the range they iterate.
  llvm::DenseMap<const VarDecl *, const Expr *> RangeOf;
  /// Dereferences on the left of an assignment: writes, not reads.
  llvm::DenseSet<const Stmt *> Written;
};

void EventGenerator::collect(const CFG &Cfg) {
  for (const CFGBlock *B : Cfg) {
    if (const auto *For = dyn_cast_or_null<CXXForRangeStmt>(B->getTerminatorStmt()))
      RangeOf[For->getLoopVariable()] = For->getRangeInit();
    if (const Stmt *Condition = B->getTerminatorCondition())
      noteTestedMembers(Condition);
    for (const CFGElement &E : *B)
      if (auto CS = E.getAs<CFGStmt>()) {
        const Stmt *St = CS->getStmt();
        if (const Expr *Deref = writtenThrough(St))
          Written.insert(Deref);
        noteAssignedLambda(St);
        if (const auto *DS = dyn_cast<DeclStmt>(St))
          for (const Decl *D : DS->decls())
            if (const auto *V = dyn_cast<VarDecl>(D); V && V->getInit())
              if (const LambdaExpr *L = lambdaIn(V->getInit()))
                noteLambda(V, L);
      }
  }
}

void EventGenerator::noteTestedMembers(const Stmt *Condition) {
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
          Out.TestedMembers.insert({Param, Field});
      }
    if (isa<LambdaExpr>(St))
      continue;
    for (const Stmt *Child : St->children())
      Work.push_back(Child);
  }
}

void EventGenerator::noteAssignedLambda(const Stmt *St) {
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

void EventGenerator::noteLambda(const VarDecl *V, const LambdaExpr *L) {
  auto [It, New] = Out.Lambdas.try_emplace(V, L);
  if (!New && It->second != L)
    It->second = nullptr; // given several functions: which one a call runs is not known here
}

BlockEvents EventGenerator::block(const CFGBlock &B) {
  BlockEvents Result;
  for (size_t I = 0, N = B.size(); I < N; ++I) {
    if (I + 1 == N)
      Result.LastElement = Result.Events.size();
    element(B[I], Result.Events);
  }
  return Result;
}

void EventGenerator::element(const CFGElement &E, std::vector<Event> &Events) {
  if (auto CS = E.getAs<CFGStmt>()) {
    statement(CS->getStmt(), Events);
    return;
  }
  auto Ends = E.getAs<CFGLifetimeEnds>();
  if (!Ends)
    return;
  const VarDecl *V = Ends->getVarDecl();
  const Stmt *Trigger = Ends->getTriggerStmt();
  if (V->getType()->isReferenceType() || V->getType()->isPointerType())
    return; // what it designates lives on
  SourceLocation Where = Trigger ? Trigger->getBeginLoc() : V->getLocation();
  if (const auto *Block = dyn_cast_or_null<CompoundStmt>(Trigger))
    Where = Block->getRBracLoc();
  Events.push_back(ScopeExitEvent{V, Trigger, Where});
}

void EventGenerator::statement(const Stmt *St, std::vector<Event> &Events) {
  if (const auto *DS = dyn_cast<DeclStmt>(St)) {
    for (const Decl *D : DS->decls())
      if (const auto *V = dyn_cast<VarDecl>(D)) {
        DeclareEvent Declare{V, V->getInit()};
        if (Declare.Init) {
          Declare.Lambda = lambdaIn(Declare.Init) != nullptr;
          Declare.List = dyn_cast<InitListExpr>(Declare.Init->IgnoreImplicit());
        }
        if (auto Range = RangeOf.find(V); Range != RangeOf.end())
          Declare.Range = Range->second;
        Events.push_back(Declare);
      }
    return;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(St)) {
    if (BO->getOpcode() == BO_Assign)
      assignment(BO, Events);
    return;
  }
  if (const auto *AS = dyn_cast<ArraySubscriptExpr>(St))
    Events.push_back(ElementNamedEvent{AS});
  if (const Expr *Pointer = dereferenced(St)) {
    Events.push_back(dereference(St, Pointer));
    return;
  }
  if (const auto *Del = dyn_cast<CXXDeleteExpr>(St)) {
    Events.push_back(DeleteEvent{Del});
    return;
  }
  if (const auto *Ret = dyn_cast<ReturnStmt>(St)) {
    Events.push_back(ReturnEvent{Ret});
    return;
  }
  std::optional<CallSite> C = asCall(St);
  if (!C)
    return;
  const auto *Call = cast<Expr>(St);
  const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
  bool Assignment = Op && Op->getOperator() == OO_Equal && C->This && C->Args.size() == 1;
  if (Op && Op->getOperator() == OO_Call)
    if (const LambdaExpr *L = calledLambda(Op)) {
      Events.push_back(lambdaCall(L, Call));
      return;
    }
  const std::vector<Fact> *Facts = &factsOfCall(*C, Ctx, AC);
  Events.push_back(CallEvent{std::move(*C), Call, Facts, Assignment});
}

void EventGenerator::assignment(const BinaryOperator *BO, std::vector<Event> &Events) {
  const Expr *LHS = BO->getLHS()->IgnoreParenImpCasts();
  AssignEvent Assign{BO};
  if (const auto *DRE = dyn_cast<DeclRefExpr>(LHS)) {
    const auto *V = dyn_cast<VarDecl>(DRE->getDecl());
    if (V && V->isLocalVarDeclOrParm())
      Assign.Var = V;
    else
      Assign.Place = LHS; // a global: where a value may leave the function
  } else if (const ParmVarDecl *Out = writtenOutParameter(LHS)) {
    Assign.Var = Out; // `*out = ...`: the caller's pointer, written through `T **out`
    Assign.OutParameter = true;
  } else {
    Assign.Place = LHS;
  }
  Events.push_back(Assign);
}

const LambdaExpr *EventGenerator::calledLambda(const CXXOperatorCallExpr *Op) {
  const Expr *Callee = Objects.designated(Op->getArg(0));
  const LambdaExpr *L = lambdaIn(Callee);
  if (const auto *DRE = dyn_cast<DeclRefExpr>(Callee))
    if (auto It = Out.Lambdas.find(dyn_cast<VarDecl>(DRE->getDecl())); It != Out.Lambdas.end())
      L = It->second; // null when the variable holds one of several functions
  return L;
}

LambdaCallEvent EventGenerator::lambdaCall(const LambdaExpr *L, const Expr *Call) {
  // Calling a lambda runs its body here: its uses of captured objects happen now.
  struct UseFinder : RecursiveASTVisitor<UseFinder> {
    EventGenerator &G;
    LambdaCallEvent &Event;
    UseFinder(EventGenerator &G, LambdaCallEvent &Event) : G(G), Event(Event) {}
    bool VisitStmt(Stmt *St) {
      // Visited before its operands: the dereference it writes through is known when met.
      if (const Expr *Deref = writtenThrough(St))
        G.Written.insert(Deref);
      if (const Expr *Pointer = dereferenced(St))
        Event.Uses.push_back(G.dereference(St, Pointer));
      if (auto C = asCall(St)) {
        const std::vector<Fact> &Facts = factsOfCall(*C, G.Ctx, G.AC);
        if (llvm::any_of(Facts, [](const Fact &F) { return isUse(F.Kind); }))
          Event.Uses.push_back(CallUsesEvent{std::move(*C), &Facts});
      }
      return true;
    }
    bool TraverseLambdaExpr(LambdaExpr *) { return true; } // nested lambdas run when called
  };
  LambdaCallEvent Event{L, Call, {}};
  UseFinder Finder(*this, Event);
  Finder.TraverseStmt(L->getBody());
  return Event;
}

} // namespace

FunctionEvents generateEvents(const CFG &Cfg, ASTContext &Ctx, AnalysisContext &AC,
                              ObjectResolver &Objects) {
  FunctionEvents Result;
  Result.Blocks.resize(Cfg.getNumBlockIDs());
  EventGenerator Generator(Ctx, AC, Objects, Result);
  Generator.collect(Cfg);
  PostOrderCFGView Order(&Cfg);
  for (const CFGBlock *B : Order)
    Result.Blocks[B->getBlockID()] = Generator.block(*B);
  return Result;
}

} // namespace tensorlife
