// The clang-tidy options of a translation unit as the scan sees them: clang-tidy's defaults with
// tensorlife's checks, the project's .clang-tidy files (or --config-file), then --checks and
// --header-filter. The supervisor (to check the configuration and key the cache) and the worker
// (to analyse) build them the same way.
#ifndef TENSORLIFE_SCAN_UNITOPTIONS_H
#define TENSORLIFE_SCAN_UNITOPTIONS_H

#include "clang-tidy/ClangTidyOptions.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tensorlife::scan {

struct OptionsSettings {
  std::string ConfigFile; ///< absolute; "" for the .clang-tidy files
  std::optional<std::string> Checks;
  std::optional<std::string> HeaderFilter;
};

/// A configuration file that does not parse, with the message as clang-tidy words it
/// ("Error parsing FILE: FILE:2:1: error: ...").
struct ConfigParseError {
  std::string File, Message;
};
using ConfigParseErrors = std::shared_ptr<std::vector<ConfigParseError>>;

/// Returns nullptr and sets \p Error when --config-file cannot be read or parsed. A .clang-tidy
/// file that does not parse is skipped, as clang-tidy skips it, and recorded in \p ParseErrors.
std::unique_ptr<clang::tidy::ClangTidyOptionsProvider>
makeOptionsProvider(const OptionsSettings &Settings, const ConfigParseErrors &ParseErrors,
                    std::string &Error);

/// The checks enabled by \p Options, without the scan's internal one.
std::vector<std::string> enabledChecks(const clang::tidy::ClangTidyOptions &Options);

} // namespace tensorlife::scan

#endif
