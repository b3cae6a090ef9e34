// tensorlife-use-after-release: see docs/checks/use-after-release.md.
#ifndef TENSORLIFE_TIDY_USEAFTERRELEASECHECK_H
#define TENSORLIFE_TIDY_USEAFTERRELEASECHECK_H

#include "tidy/LifetimeCheckBase.h"

namespace clang::tidy::tensorlife {

class UseAfterReleaseCheck : public LifetimeCheckBase {
public:
  UseAfterReleaseCheck(StringRef Name, ClangTidyContext *Context)
      : LifetimeCheckBase(Name, Context, ::tensorlife::Category::UseAfterRelease) {}
};

} // namespace clang::tidy::tensorlife

#endif
