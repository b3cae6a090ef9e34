// A tensorlife check: one per row of the check table (core/CheckTable.h). Every check runs the same
// lifetime analysis on each function (once, shared) and reports the findings of its own category.
#ifndef TENSORLIFE_TIDY_LIFETIMECHECK_H
#define TENSORLIFE_TIDY_LIFETIMECHECK_H

#include "core/AnalysisContext.h"
#include "core/Finding.h"
#include "core/ModelFile.h"
#include "clang-tidy/ClangTidyCheck.h"

#include <functional>

namespace clang::tidy::tensorlife {

/// What tensorlife-scan adds to the checks when it analyses across translation units: the
/// summaries of functions defined in other units (a model below the user's), and a look at each
/// function definition once it is analysed (to summarise it for the other units). Empty, and
/// unused, in clang-tidy, the plugin and clangd.
struct CrossUnitHooks {
  ::tensorlife::ModelSets Summaries;
  std::function<void(const FunctionDecl &, ASTContext &, ::tensorlife::AnalysisContext &)>
      Analysed;
};
CrossUnitHooks &crossUnitHooks();

class LifetimeCheck : public ClangTidyCheck {
public:
  LifetimeCheck(StringRef Name, ClangTidyContext *Context, ::tensorlife::Category Cat);

  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void onStartOfTranslationUnit() override;

private:
  bool boolOption(StringRef Name);

  ::tensorlife::Category Cat;
  ClangTidyContext *Context;
  /// The `ModelFiles` option: user model files, comma- or semicolon-separated.
  std::string ModelFiles;
  /// The user models for the current translation unit (loaded in registerPPCallbacks) and the
  /// key the shared analysis is cached under.
  ::tensorlife::ModelSets UserModels;
  std::string ModelKey;
  /// The `UnknownCallsMayRelease`, `Debug`, `DumpStates` and `DumpEvents` options.
  ::tensorlife::AnalysisOptions Analysis;
};

} // namespace clang::tidy::tensorlife

#endif
