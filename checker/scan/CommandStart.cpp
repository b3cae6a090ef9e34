#include "CommandStart.h"

#include "Outputs.h"
#include "Version.h"

#include "version/VersionLine.h"

#include "llvm/Support/raw_ostream.h"

namespace tensorlife::scan {

std::optional<int> startCommand(const ParseResult &Parsed, const char *Usage, const char *Command) {
  if (Parsed.Help) {
    llvm::outs() << Usage;
    return ExitClean;
  }
  if (Parsed.Version) {
    llvm::outs() << versionLine(ToolName) << "\n";
    return ExitClean;
  }
  if (!Parsed.Error.empty()) {
    printError(Parsed.Error + " (see " + Command + " --help)");
    return ExitUsage;
  }
  return std::nullopt;
}

} // namespace tensorlife::scan
