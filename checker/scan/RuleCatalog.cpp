#include "RuleCatalog.h"

#include "CheckDocs.h"
#include "Version.h"
#include "core/CheckTable.h"

#include "llvm/ADT/StringRef.h"

#include <cctype>
#include <cstring>

namespace tensorlife::scan {
namespace {

std::string pascalCase(llvm::StringRef Check) {
  std::string Out;
  bool Upper = true;
  for (char C : Check) {
    if (!std::isalnum(static_cast<unsigned char>(C))) {
      Upper = true;
      continue;
    }
    Out += Upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(C))) : C;
    Upper = false;
  }
  return Out;
}

} // namespace

RuleInfo ruleInfo(const std::string &Check) {
  RuleInfo R;
  R.Name = pascalCase(Check);
  llvm::StringRef C(Check);
  if (const CheckInfo *Own = checkNamed(C)) {
    R.ShortDescription = Own->Summary;
    R.FullDescription = Own->Description;
    R.HelpText = R.HelpMarkdown = checkDoc(Own->DocPath);
    R.HelpUri = std::string(ToolHomepage) + "/blob/main/" + Own->DocPath;
    R.Tags = "correctness,lifetime,use-after-free";
  } else if (C.starts_with("clang-diagnostic-")) {
    std::string Flag = C.drop_front(strlen("clang-diagnostic-")).str();
    R.ShortDescription = "Clang compiler warning -W" + Flag + ".";
    R.FullDescription = "A warning of the Clang compiler (-W" + Flag + "), reported through clang-tidy.";
    R.HelpText = "See the Clang diagnostics reference for -W" + Flag + ".";
    R.HelpMarkdown = "See the Clang diagnostics reference for `-W" + Flag + "`.";
    R.HelpUri = "https://clang.llvm.org/docs/DiagnosticsReference.html#w" + Flag;
    R.Tags = "compiler";
  } else if (C.starts_with("clang-analyzer-")) {
    R.ShortDescription = "Clang Static Analyzer checker " + C.drop_front(strlen("clang-analyzer-")).str() + ".";
    R.FullDescription = "A path-sensitive check of the Clang Static Analyzer, run through clang-tidy.";
    R.HelpText = "See the Clang Static Analyzer's list of checkers.";
    R.HelpMarkdown = R.HelpText;
    R.HelpUri = "https://clang.llvm.org/docs/analyzer/checkers.html";
    R.Tags = "static-analyzer";
  } else {
    // A stock clang-tidy check: module-name -> checks/module/name.html.
    auto [Module, Name] = C.split('-');
    R.ShortDescription = "clang-tidy check " + Check + ".";
    R.FullDescription = "The clang-tidy check " + Check + ", enabled by the project's configuration.";
    R.HelpText = "See the clang-tidy documentation of " + Check + ".";
    R.HelpMarkdown = "See the clang-tidy documentation of `" + Check + "`.";
    if (!Name.empty())
      R.HelpUri = "https://clang.llvm.org/extra/clang-tidy/checks/" + Module.str() + "/" + Name.str() + ".html";
    R.Tags = "clang-tidy";
  }
  return R;
}

} // namespace tensorlife::scan
