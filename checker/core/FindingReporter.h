// Findings, computed once after the solver's fixed point. The transfer tells a UseReporter of
// each use that lifetime ends reached; FindingReporter keeps, per CFG block, what the block's
// latest visit saw (the latest visit is on the block's fixed-point entry state: a change upstream
// would have queued it again), and words and de-duplicates those uses at the end.
#ifndef TENSORLIFE_CORE_FINDINGREPORTER_H
#define TENSORLIFE_CORE_FINDINGREPORTER_H

#include "core/Fact.h"
#include "core/Finding.h"
#include "core/LifetimeState.h"
#include "core/ObjectResolver.h"
#include "core/PathNotes.h"

#include "clang/Analysis/CFG.h"

#include <string>
#include <vector>

namespace tensorlife {

/// A value that leaves its function while it depends on what dies when the function returns.
struct Escape {
  clang::SourceLocation Loc;       // where it leaves
  std::string Subject;             // "returned tensor 't'", "parameter 'out'"
  const clang::Expr *Value;        // the expression leaving, if any
  CauseSet Causes;                 // the ends of the return that reach it
  std::string Function;            // the function it leaves
  bool Earlier = false;            // the ends came before the return (an inner block, a loop)
  bool Dead = false;               // returned already dead: worded as a use of Value
};

class UseReporter {
public:
  virtual ~UseReporter() = default;
  /// The solver visits block \p BlockID anew: what it reported before is superseded.
  virtual void enterBlock(unsigned BlockID) = 0;
  /// \p Operand is used (\p Verb: Run or Read) after \p Causes; \p CalledAt: the call of the
  /// lambda whose body uses it, if any.
  virtual void badUse(const clang::Expr *Operand, FactKind Verb, const CauseSet &Causes,
                      const clang::Expr *CalledAt) = 0;
  /// Member \p Member of the struct \p Operand designates is used by the function called (by its
  /// summary): reported at \p Operand, named by the member.
  virtual void badMemberUse(const clang::Expr *Operand, ObjectId Member, FactKind Verb,
                            const CauseSet &Causes, const clang::Expr *CalledAt) = 0;
  /// A debug remark about the block being visited.
  virtual void remark(clang::SourceLocation Loc, std::string Message) = 0;
  /// A value escapes the function (see Escapes.h).
  virtual void escaped(Escape E) = 0;
};

/// Reports nothing: a summary describes a helper, its callers report.
class SilentReporter : public UseReporter {
public:
  void enterBlock(unsigned) override {}
  void badUse(const clang::Expr *, FactKind, const CauseSet &, const clang::Expr *) override {}
  void badMemberUse(const clang::Expr *, ObjectId, FactKind, const CauseSet &,
                    const clang::Expr *) override {}
  void remark(clang::SourceLocation, std::string) override {}
  void escaped(Escape) override {}
};

class FindingReporter : public UseReporter {
public:
  FindingReporter(const clang::FunctionDecl &FD, ObjectResolver &Objects,
                  const clang::SourceManager &SM, unsigned NumBlocks)
      : Objects(Objects), SM(SM), Paths(FD, SM), Blocks(NumBlocks) {}

  void enterBlock(unsigned BlockID) override;
  void badUse(const clang::Expr *Operand, FactKind Verb, const CauseSet &Causes,
              const clang::Expr *CalledAt) override;
  void badMemberUse(const clang::Expr *Operand, ObjectId Member, FactKind Verb,
                    const CauseSet &Causes, const clang::Expr *CalledAt) override;
  void remark(clang::SourceLocation Loc, std::string Message) override;
  void escaped(Escape E) override;

  /// After the fixed point: the findings in source order, one per bad use and root cause. The
  /// blocks' remarks are appended to \p Remarks.
  std::vector<Finding> findings(const clang::CFG &Cfg, std::vector<Note> &Remarks);

private:
  struct BadUse {
    const clang::Expr *Operand;
    FactKind Verb;
    CauseSet Causes;
    const clang::Expr *CalledAt;
    ObjectId Member; // set for a member used by the function called
    const char *Said = nullptr; // the verb, when it is not the fact's ("returned")
  };
  struct BlockReports {
    std::vector<BadUse> Uses;
    std::vector<Note> Remarks;
    std::vector<Escape> Escapes;
  };
  struct RawFinding {
    Finding F;
    std::string Key; // same key = same bad use of the same root cause: reported once
    /// Set for a value returned dead: not reported when a use within it is (`return
    /// t.contiguous()` reads the dead `t`).
    clang::SourceRange YieldsTo = {};
  };
  /// One finding per check whose category some of the use's causes have.
  void word(const BadUse &U, std::vector<RawFinding> &Out);
  void word(const Escape &E, std::vector<RawFinding> &Out);
  bool before(clang::SourceLocation A, clang::SourceLocation B) const {
    return SM.isBeforeInTranslationUnit(A, B);
  }

  ObjectResolver &Objects;
  const clang::SourceManager &SM;
  PathNotes Paths;
  std::vector<BlockReports> Blocks;
  unsigned Current = 0;
};

} // namespace tensorlife

#endif
