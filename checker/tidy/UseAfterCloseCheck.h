// tensorlife-use-after-close: see docs/checks/use-after-close.md.
#ifndef TENSORLIFE_TIDY_USEAFTERCLOSECHECK_H
#define TENSORLIFE_TIDY_USEAFTERCLOSECHECK_H

#include "tidy/LifetimeCheckBase.h"

namespace clang::tidy::tensorlife {

class UseAfterCloseCheck : public LifetimeCheckBase {
public:
  UseAfterCloseCheck(StringRef Name, ClangTidyContext *Context)
      : LifetimeCheckBase(Name, Context, ::tensorlife::Category::UseAfterClose) {}
};

} // namespace clang::tidy::tensorlife

#endif
