// What the analysis reports: a bad use, with notes at the lifetime ends that reach it.
#ifndef TENSORLIFE_CORE_FINDING_H
#define TENSORLIFE_CORE_FINDING_H

#include "core/LifetimeState.h"

#include "clang/Basic/SourceLocation.h"

#include <string>
#include <vector>

namespace tensorlife {

/// Which check reports a finding.
enum class Category { UseAfterClose, UseAfterRelease };

struct Note {
  clang::SourceLocation Loc;
  std::string Message;
};

struct Finding {
  Category Cat;
  clang::SourceLocation Loc;
  std::string Message;
  std::vector<Note> Notes;
  /// For fix-its (FixIts.h): the expression used, and the lifetime ends that reach it.
  const clang::Expr *Use = nullptr;
  std::vector<Cause> Causes;
};

} // namespace tensorlife

#endif
