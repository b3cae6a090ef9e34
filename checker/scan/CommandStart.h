// What every command of tensorlife-scan (a scan, a merge) does first with its parsed command
// line: --help, --version, or a usage error.
#ifndef TENSORLIFE_SCAN_COMMANDSTART_H
#define TENSORLIFE_SCAN_COMMANDSTART_H

#include "Options.h"

#include <optional>

namespace tensorlife::scan {

/// The exit code when the command ends here (help, version, usage error), std::nullopt when it
/// goes on. \p Command is how --help is asked for ("tensorlife-scan merge").
std::optional<int> startCommand(const ParseResult &Parsed, const char *Usage, const char *Command);

} // namespace tensorlife::scan

#endif
