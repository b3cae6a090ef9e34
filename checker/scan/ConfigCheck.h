// The configuration of a scan, checked before any analysis: every .clang-tidy file parses, the
// checks enable a tensorlife check, every ModelFiles entry is a model, every check option has a
// valid value. Each problem is reported with the message tensorlife-tidy prints for it, once,
// with the translation units it concerns. A scan with such a problem analyses nothing and exits
// 2: its findings would not mean what they seem to.
//
// The same pass gives each unit the identity of its configuration (for the cache key).
#ifndef TENSORLIFE_SCAN_CONFIGCHECK_H
#define TENSORLIFE_SCAN_CONFIGCHECK_H

#include "CompilationDb.h"
#include "Report.h"
#include "UnitOptions.h"

#include <string>
#include <vector>

namespace tensorlife::scan {

/// What the analysis of a unit depends on besides its sources: its effective clang-tidy options
/// and the model files they name, hashed.
struct UnitConfig {
  std::string OptionsText;                                      ///< configurationAsText
  std::vector<std::pair<std::string, std::string>> ModelFiles; ///< (entry, path|sha256 or why not)
};

/// Checks the configuration of each unit; fills \p Configs (one per unit, in order). Returns
/// the problems, or an empty vector. \p Error is set when --config-file itself cannot be used.
std::vector<ConfigErrorRecord> checkConfiguration(const std::vector<TranslationUnit> &Units,
                                                  const OptionsSettings &Settings,
                                                  std::vector<UnitConfig> &Configs,
                                                  std::string &Error);

/// The problems clang-tidy's checks report while they are created with \p Options (invalid
/// option values: "invalid value 'maybe' for option 'X': ..."), as tensorlife-tidy prints them.
std::vector<std::string> checkOptionErrors(const clang::tidy::ClangTidyOptions &Options);

/// Why a model file named by a ModelFiles entry cannot be used, as the checks say it ("" when
/// it can). \p Path is the entry resolved (modelFilesOf), "" when not found.
std::string modelFileError(const std::string &Entry, const std::string &Path);

} // namespace tensorlife::scan

#endif
