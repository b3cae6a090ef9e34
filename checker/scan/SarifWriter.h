// SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning among them): one run, a rule
// per check, a result per finding with its notes as related locations and its fingerprint in
// partialFingerprints, and the translation units that were not analysed as tool notifications.
#ifndef TENSORLIFE_SCAN_SARIFWRITER_H
#define TENSORLIFE_SCAN_SARIFWRITER_H

#include "Report.h"

#include <nlohmann/json.hpp>

namespace tensorlife::scan {

/// The key of our fingerprint in partialFingerprints.
inline constexpr const char *SarifFingerprintKey = "tensorlife/v1";

nlohmann::ordered_json toSarif(const Report &R);

} // namespace tensorlife::scan

#endif
