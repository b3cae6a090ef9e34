// The lifetime analysis of one function, wired from its passes (see checker/core/README.md):
// the CFG, the solver running the transfer to a fixed point, then the findings and the summary.
#include "core/LifetimeAnalysis.h"

#include "core/FindingReporter.h"
#include "core/LifetimeEvents.h"
#include "core/LifetimeSolver.h"
#include "core/LifetimeTransfer.h"
#include "core/LoanGraph.h"
#include "core/ObjectResolver.h"
#include "core/Summaries.h"

#include "llvm/Support/raw_ostream.h"

namespace tensorlife {
using namespace clang;

namespace {

void skipped(const FunctionDecl &FD, AnalysisContext &AC, const char *Why) {
  AC.Remarks.push_back(
      {FD.getLocation(), "tensorlife: skipped '" + FD.getNameAsString() + "': " + Why});
}

/// Each block's events, on stderr.
void dumpEvents(const FunctionDecl &FD, const CFG &Cfg, const FunctionEvents &Events,
                ASTContext &Ctx) {
  llvm::errs() << "tensorlife: events of '" << FD.getNameAsString() << "'\n";
  for (const CFGBlock *B : Cfg) {
    llvm::errs() << " block " << B->getBlockID() << ":\n";
    dump(Events.Blocks[B->getBlockID()], Ctx, llvm::errs());
  }
}

/// Each block's exit state at the fixed point, on stderr.
void dumpStates(const FunctionDecl &FD, const CFG &Cfg, const LifetimeSolver &Solver) {
  llvm::errs() << "tensorlife: states of '" << FD.getNameAsString() << "'\n";
  for (const CFGBlock *B : Cfg) {
    llvm::errs() << " block " << B->getBlockID() << " exit:\n";
    dump(Solver.exitStates()[B->getBlockID()], llvm::errs());
  }
}

/// Tells the effects which block the solver visits, for what holds on every path.
class BlockTracker : public UseReporter {
public:
  BlockTracker(UseReporter &Inner, FunctionEffects &Effects) : Inner(Inner), Effects(Effects) {}
  void enterBlock(unsigned BlockID) override {
    Effects.Block = BlockID;
    Inner.enterBlock(BlockID);
  }
  void badUse(const Expr *Operand, FactKind Verb, const CauseSet &Causes,
              const Expr *CalledAt) override {
    Inner.badUse(Operand, Verb, Causes, CalledAt);
  }
  void badMemberUse(const Expr *Operand, ObjectId Member, FactKind Verb, const CauseSet &Causes,
                    const Expr *CalledAt) override {
    Inner.badMemberUse(Operand, Member, Verb, Causes, CalledAt);
  }
  void remark(SourceLocation Loc, std::string Message) override {
    Inner.remark(Loc, std::move(Message));
  }
  void escaped(Escape E) override { Inner.escaped(std::move(E)); }

private:
  UseReporter &Inner;
  FunctionEffects &Effects;
};

} // namespace

std::vector<Fact> analyseBody(const FunctionDecl &FD, ASTContext &Ctx, AnalysisContext &AC,
                              std::vector<Finding> *Findings, std::vector<Fact> *OnEveryPath) {
  bool Reporting = Findings != nullptr;
  bool HasTry = false;
  std::unique_ptr<CFG> Cfg = buildLifetimeCfg(FD, Ctx, HasTry);
  if (!Cfg) {
    if (Reporting && AC.Options.Debug)
      skipped(FD, AC, "no CFG could be built");
    return {};
  }
  ObjectResolver Objects(Ctx, AC.Model);
  LoanGraph Graph;
  FunctionEffects Effects;
  FindingReporter Reporter(FD, Objects, Ctx.getSourceManager(), Cfg->getNumBlockIDs());
  SilentReporter Silent;
  BlockTracker Uses(Reporting ? static_cast<UseReporter &>(Reporter) : Silent, Effects);
  FunctionEvents Events = generateEvents(*Cfg, Ctx, AC, Objects);
  Effects.NullTested = Events.TestedMembers;
  if (Reporting && AC.Options.DumpEvents)
    dumpEvents(FD, *Cfg, Events, Ctx);
  LifetimeTransfer Transfer(FD, Ctx, AC, Objects, Graph, Uses, Effects, Events.Lambdas);
  LifetimeSolver Solver(*Cfg, HasTry);
  if (!Solver.solve(Events, Transfer, Uses)) {
    if (Reporting && AC.Options.Debug)
      skipped(FD, AC, "the analysis did not converge within its budget");
    return {};
  }
  if (Reporting) {
    *Findings = Reporter.findings(*Cfg, AC.Remarks);
    if (AC.Options.DumpStates)
      dumpStates(FD, *Cfg, Solver);
  }
  if (OnEveryPath)
    *OnEveryPath = Effects.factsOnEveryPath(*Cfg);
  return Effects.facts();
}

std::vector<Finding> analyzeFunction(const FunctionDecl &FD, ASTContext &Ctx, AnalysisContext &AC) {
  if (!FD.hasBody())
    return {};
  // What a function does is known once it is analysed: its callers do not analyse it again.
  if (!callsModelled(FD, Ctx, AC)) {
    AC.Summaries.try_emplace(&FD);
    return {}; // nothing modelled: no CFG to build
  }
  std::vector<Finding> Findings;
  std::vector<Fact> OnEveryPath;
  std::vector<Fact> Facts = analyseBody(FD, Ctx, AC, &Findings, &OnEveryPath);
  AC.Summaries.try_emplace(&FD, std::move(Facts));
  AC.EveryPathSummaries[&FD] = std::move(OnEveryPath);
  return Findings;
}

} // namespace tensorlife
