// What SARIF says about each check (a "rule"): descriptions and help for tensorlife's own checks,
// and a pointer to the documentation for stock clang-tidy checks and compiler warnings.
#ifndef TENSORLIFE_SCAN_RULECATALOG_H
#define TENSORLIFE_SCAN_RULECATALOG_H

#include <string>

namespace tensorlife::scan {

struct RuleInfo {
  std::string Name;             ///< PascalCase, e.g. TensorlifeUseAfterClose
  std::string ShortDescription; ///< one sentence
  std::string FullDescription;
  std::string HelpText, HelpMarkdown;
  std::string HelpUri; ///< "" when there is no public page
  std::string Tags;    ///< comma-separated
};

RuleInfo ruleInfo(const std::string &Check);

} // namespace tensorlife::scan

#endif
