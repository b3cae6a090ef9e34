// The tensorlife checks, one row each: which findings a check reports, its clang-tidy name, and
// the texts that describe it (the scan's SARIF rules). Registration, the analysis's reports and
// the rule catalog all read this table, so a new check is a new row (and a Category).
#ifndef TENSORLIFE_CORE_CHECKTABLE_H
#define TENSORLIFE_CORE_CHECKTABLE_H

#include "core/Finding.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace tensorlife {

struct CheckInfo {
  Category Cat;
  const char *Name;         // the clang-tidy check name
  const char *Summary;      // one sentence
  const char *Description;  // what it flags and why it is a bug
  const char *DocPath;      // its page, relative to the repository (the SARIF rule's help)
};

/// Every check, in the order the analysis reports its categories.
llvm::ArrayRef<CheckInfo> checkTable();

/// The row of a category; the row of a check name, or null.
const CheckInfo &checkOf(Category Cat);
const CheckInfo *checkNamed(llvm::StringRef Name);

} // namespace tensorlife

#endif
