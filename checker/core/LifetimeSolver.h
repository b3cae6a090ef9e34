// The solver: a forward may-analysis over the function's CFG to a fixed point, applying each
// block's lifetime events, with `try` handlers entered from a block's state before the events of
// its last element (before the call that threw).
#ifndef TENSORLIFE_CORE_LIFETIMESOLVER_H
#define TENSORLIFE_CORE_LIFETIMESOLVER_H

#include "core/FindingReporter.h"
#include "core/LifetimeEvents.h"
#include "core/LifetimeState.h"
#include "core/LifetimeTransfer.h"

#include "clang/AST/ASTContext.h"
#include "clang/Analysis/CFG.h"

#include <memory>
#include <vector>

namespace tensorlife {

/// The CFG the analysis runs on: scope ends as lifetime ends, an element for each expression the
/// transfer acts on, and exception edges only when a handler can be reached. Null when Clang
/// cannot build one.
std::unique_ptr<clang::CFG> buildLifetimeCfg(const clang::FunctionDecl &FD, clang::ASTContext &Ctx,
                                             bool &HasTry);

class LifetimeSolver {
public:
  LifetimeSolver(const clang::CFG &Cfg, bool HasTry) : Cfg(Cfg), HasTry(HasTry) {}

  /// Runs to the fixed point; false when it did not converge within its budget (a guard against
  /// a bug turning into a hang: the lattice is finite).
  bool solve(const FunctionEvents &Events, LifetimeTransfer &Transfer, UseReporter &Reporter);

  /// Each block's state at its exit, after solve().
  const std::vector<LifetimeState> &exitStates() const { return Out; }

private:
  LifetimeState entryState(const clang::CFGBlock &B) const;

  const clang::CFG &Cfg;
  const bool HasTry;
  std::vector<LifetimeState> Out;
  std::vector<LifetimeState> BeforeLast; // with a try: each block's state before its last element
};

} // namespace tensorlife

#endif
