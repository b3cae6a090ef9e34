// What the two tensorlife checks share: they run the same lifetime analysis on each function and
// each reports the findings of its own category.
#ifndef TENSORLIFE_TIDY_LIFETIMECHECKBASE_H
#define TENSORLIFE_TIDY_LIFETIMECHECKBASE_H

#include "core/Finding.h"
#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::tensorlife {

class LifetimeCheckBase : public ClangTidyCheck {
public:
  LifetimeCheckBase(StringRef Name, ClangTidyContext *Context, ::tensorlife::Category Cat)
      : ClangTidyCheck(Name, Context), Cat(Cat) {}

  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override;

private:
  ::tensorlife::Category Cat;
};

} // namespace clang::tidy::tensorlife

#endif
