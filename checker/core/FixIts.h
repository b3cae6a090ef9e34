// Fix-its for findings: only edits that are sound where they are made, i.e. that cannot change
// what a correct program does. Otherwise, at most a note that says what to do. See
// docs/fixits.md for the rules.
#ifndef TENSORLIFE_CORE_FIXITS_H
#define TENSORLIFE_CORE_FIXITS_H

#include "core/AnalysisContext.h"
#include "core/Finding.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/Diagnostic.h"

#include <memory>
#include <optional>
#include <vector>

namespace tensorlife {

struct FindingFix {
  /// The edits, all or nothing; empty when there is no sound edit.
  std::vector<clang::FixItHint> Edits;
  /// What to do instead, when there is no edit (e.g. "move the close after the last use, line 9").
  std::optional<Note> Advice;
};

/// - A view over a buffer that dies (or is reallocated) before a later use: an owning copy where
///   the view is made, with the type's `owning_copy` template, when that view is the only one
///   over the buffer and nothing touches the buffer after it is made.
/// - A data pointer used after a call that may move the memory: re-fetched right after that call,
///   when its initialiser has no side effect and every variable it reads can be named there, never
///   changes and does not point into memory itself.
/// - A session run after an explicit close: advice to move the close after the last use.
///
/// One per analysed function: what the rules need to know about its body is gathered once, on
/// the first finding.
class FunctionFixIts {
public:
  FunctionFixIts(const clang::FunctionDecl &FD, clang::ASTContext &Ctx, AnalysisContext &AC);
  ~FunctionFixIts();
  FindingFix fixFor(const Finding &F);

private:
  struct Body;
  const clang::FunctionDecl &FD;
  clang::ASTContext &Ctx;
  AnalysisContext &AC;
  std::unique_ptr<Body> B;
};

} // namespace tensorlife

#endif
