// The end of a scan or a merge: baseline, JSON and SARIF files, text on stdout, a summary on
// stderr, and the exit code.
#ifndef TENSORLIFE_SCAN_OUTPUTS_H
#define TENSORLIFE_SCAN_OUTPUTS_H

#include "Options.h"
#include "Report.h"

#include <string>
#include <vector>

namespace tensorlife::scan {

/// Before any analysis: reads the baseline's fingerprints (if a baseline is given) and checks that
/// the outputs can be written. Returns an error message or "".
std::string prepareOutputs(const OutputOptions &O, std::vector<std::string> &Baseline);

/// Applies the baseline (if any), writes and prints everything, returns the exit code.
int emitReport(Report &R, const OutputOptions &O, const std::vector<std::string> *Baseline);

/// "tensorlife-scan: error: ..." on stderr.
void printError(const std::string &Message);
void printWarning(const std::string &Message);

} // namespace tensorlife::scan

#endif
