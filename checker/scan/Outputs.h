// The end of a scan or a merge: baseline, JSON and SARIF files, text on stdout, a summary on
// stderr, and the exit code.
#ifndef TENSORLIFE_SCAN_OUTPUTS_H
#define TENSORLIFE_SCAN_OUTPUTS_H

#include "Options.h"
#include "Report.h"

#include <string>
#include <vector>

namespace tensorlife::scan {

/// Reads the fingerprints of a baseline JSON report. Returns an error message or "".
std::string loadBaseline(const std::string &Path, std::vector<std::string> &Fingerprints);

/// Checks up front that the outputs can be written. Returns an error message or "".
std::string checkOutputPaths(const OutputOptions &O);

/// Applies the baseline (if any), writes and prints everything, returns the exit code.
int emitReport(Report &R, const OutputOptions &O, const std::vector<std::string> *Baseline);

/// "tensorlife-scan: error: ..." on stderr.
void printError(const std::string &Message);
void printWarning(const std::string &Message);

} // namespace tensorlife::scan

#endif
