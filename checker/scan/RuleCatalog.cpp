#include "RuleCatalog.h"

#include "CheckDocs.h"
#include "Version.h"

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
  if (C == "tensorlife-use-after-close") {
    R.ShortDescription = "A tensor or session is used after the session that owns it was closed.";
    R.FullDescription =
        "Flags a run of a session, or a read of a tensor borrowed from a session, that some path "
        "reaches after the session was closed or destroyed. The memory behind such tensors belongs "
        "to the session: the use reads freed memory or fails with a closed-session error.";
    R.HelpText = "Use the session's outputs (or copy them out) before closing the session, and run "
                 "everything you need before closing it. Each note marks a close that reaches the "
                 "use. See docs/checks/use-after-close.md in tensorlife.";
    R.HelpMarkdown = "Use the session's outputs (or copy them out) **before** closing the session, "
                     "and run everything you need before closing it. Each note marks a close that "
                     "reaches the use. See `docs/checks/use-after-close.md` in tensorlife.";
    R.HelpText = R.HelpMarkdown = UseAfterCloseDoc;
    R.HelpUri = std::string(ToolHomepage) + "/blob/main/docs/checks/use-after-close.md";
    R.Tags = "correctness,lifetime,use-after-free";
  } else if (C == "tensorlife-use-after-release") {
    R.ShortDescription = "A tensor, view or data pointer is used after what it depends on was released.";
    R.FullDescription =
        "Flags a read of a tensor, view or raw data pointer that some path reaches after a buffer, "
        "input tensor or scope it borrows from, views or lazily depends on was released, destroyed "
        "or invalidated. The use reads freed or moved memory.";
    R.HelpText = "Keep the inputs, buffers and scopes alive until the last use of what depends on "
                 "them, or materialise/copy the result first. Each note marks a release that reaches "
                 "the use. See docs/checks/use-after-release.md in tensorlife.";
    R.HelpMarkdown = "Keep the inputs, buffers and scopes alive until the last use of what depends "
                     "on them, or materialise/copy the result first. Each note marks a release that "
                     "reaches the use. See `docs/checks/use-after-release.md` in tensorlife.";
    R.HelpText = R.HelpMarkdown = UseAfterReleaseDoc;
    R.HelpUri = std::string(ToolHomepage) + "/blob/main/docs/checks/use-after-release.md";
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
