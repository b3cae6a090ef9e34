// What the analysis reports: a bad use, with notes at the lifetime ends that reach it.
#ifndef TENSORLIFE_CORE_FINDING_H
#define TENSORLIFE_CORE_FINDING_H

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
};

} // namespace tensorlife

#endif
