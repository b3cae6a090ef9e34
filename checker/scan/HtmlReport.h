// The browsable report (--html DIR): index.html with totals, the findings (sortable, filterable,
// new or in the baseline), the summary conflicts and the units that failed; a page per source
// file with the code, each warning's path drawn as numbered steps and its fix-it as a diff.
// Self-contained pages: no network, no external assets, every text from the sources and reports
// escaped.
#ifndef TENSORLIFE_SCAN_HTMLREPORT_H
#define TENSORLIFE_SCAN_HTMLREPORT_H

#include "Report.h"

#include <string>
#include <vector>

namespace tensorlife::scan {

/// Before any analysis: creates \p Dir (or checks the existing directory) and that it is
/// writable. Returns an error message or "".
std::string prepareHtmlDir(const std::string &Dir);

/// Writes the report into \p Dir. \p R holds every finding; those whose fingerprint is in
/// \p Baseline (when given) are shown as known, the others as new. Source files are read from the
/// report's root. index.html is written last, each page atomically. Returns an error or "".
std::string writeHtmlReport(const Report &R, const std::string &Dir,
                            const std::vector<std::string> *Baseline);

} // namespace tensorlife::scan

#endif
