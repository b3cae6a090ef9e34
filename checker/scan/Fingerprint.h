// Stable finding fingerprints: a hash of the check, the file (report path, relative to the
// project root), the message, the flagged line's text with all whitespace removed, and the index
// of the finding among the ones that share all of these. No line numbers: a fingerprint
// survives edits that shift the code, and re-indentation.
#ifndef TENSORLIFE_SCAN_FINGERPRINT_H
#define TENSORLIFE_SCAN_FINGERPRINT_H

#include "Report.h"

#include <string>
#include <vector>

namespace tensorlife::scan {

/// The flagged line with every whitespace character removed.
std::string normalizedLineText(const std::string &LineText);

/// Sets Fingerprint on every finding. \p Findings must be sorted by position.
void assignFingerprints(std::vector<FindingRecord> &Findings);

} // namespace tensorlife::scan

#endif
