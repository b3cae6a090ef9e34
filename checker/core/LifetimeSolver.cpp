#include "core/LifetimeSolver.h"

#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/Analyses/PostOrderCFGView.h"
#include "clang/Analysis/FlowSensitive/DataflowWorklist.h"

namespace tensorlife {
using namespace clang;

std::unique_ptr<CFG> buildLifetimeCfg(const FunctionDecl &FD, ASTContext &Ctx, bool &HasTry) {
  HasTry = false;
  // Scope ends come as lifetime ends; destructor elements would only cost blocks.
  CFG::BuildOptions Options;
  Options.AddLifetime = true;
  Options.AddInitializers = true;
  // Elements for the expressions the events stand for (LifetimeEvents.cpp), nested ones too,
  // in evaluation order; no element for anything else.
  for (Stmt::StmtClass Class :
       {Stmt::DeclStmtClass, Stmt::BinaryOperatorClass, Stmt::UnaryOperatorClass,
        Stmt::ArraySubscriptExprClass, Stmt::MemberExprClass, Stmt::CXXDeleteExprClass,
        Stmt::ReturnStmtClass, Stmt::CallExprClass, Stmt::CXXMemberCallExprClass,
        Stmt::CXXOperatorCallExprClass, Stmt::UserDefinedLiteralClass, Stmt::CXXConstructExprClass,
        Stmt::CXXTemporaryObjectExprClass})
    Options.setAlwaysAdd(Class);
  std::unique_ptr<CFG> Cfg = CFG::buildCFG(&FD, FD.getBody(), &Ctx, Options);
  // A call in a `try` may jump to its handlers. The edges cost a block per call: built only
  // where a handler can be reached.
  if (Cfg && llvm::any_of(*Cfg, [](const CFGBlock *B) {
        return isa_and_nonnull<CXXTryStmt>(B->getTerminatorStmt());
      })) {
    HasTry = true;
    Options.AddEHEdges = true;
    Cfg = CFG::buildCFG(&FD, FD.getBody(), &Ctx, Options);
  }
  return Cfg;
}

LifetimeState LifetimeSolver::entryState(const CFGBlock &B) const {
  LifetimeState In;
  if (&B == &Cfg.getEntry())
    In.Reached = true;
  // The try's dispatch block (leading to its handlers) is entered when a call throws: before
  // that call had any effect.
  bool Handler = isa_and_nonnull<CXXTryStmt>(B.getTerminatorStmt());
  for (const CFGBlock::AdjacentBlock &Pred : B.preds())
    if (Pred.getReachableBlock())
      In.join((Handler ? BeforeLast : Out)[Pred->getBlockID()]);
  return In;
}

bool LifetimeSolver::solve(const FunctionEvents &Events, LifetimeTransfer &Transfer,
                           UseReporter &Reporter) {
  const unsigned NumBlocks = Cfg.getNumBlockIDs();
  Out.assign(NumBlocks, {});
  if (HasTry)
    BeforeLast.assign(NumBlocks, {});
  // Forward may-analysis to a fixed point, visiting blocks in reverse post-order (each block of
  // an acyclic CFG once). The lattice is finite, so it converges; the budget only guards against
  // a bug turning into a hang.
  PostOrderCFGView Order(&Cfg);
  ForwardDataflowWorklist Work(Cfg, &Order);
  Work.enqueueBlock(&Cfg.getEntry());
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
    if (Budget-- == 0)
      return false;
    unsigned Current = B->getBlockID();
    Reporter.enterBlock(Current);
    LifetimeState S = entryState(*B);
    // Handlers are entered from a block's state before its last element's events: a change
    // there counts.
    bool Changed = false;
    auto KeepBeforeLast = [&] { Changed |= Grow(BeforeLast[Current], LifetimeState(S)); };
    const BlockEvents &Block = Events.Blocks[Current];
    if (HasTry && B->empty())
      KeepBeforeLast();
    if (S.Reached) {
      for (size_t I = 0, N = Block.Events.size(); I < N; ++I) {
        if (HasTry && I == Block.LastElement)
          KeepBeforeLast();
        Transfer.apply(Block.Events[I], S);
      }
      if (HasTry && !B->empty() && Block.LastElement == Block.Events.size())
        KeepBeforeLast();
    }
    if (B == &Cfg.getExit() && S.Reached)
      Transfer.atExit(S);
    Changed |= Grow(Out[Current], std::move(S));
    if (Changed)
      Work.enqueueSuccessors(B);
  }
  return true;
}

} // namespace tensorlife
