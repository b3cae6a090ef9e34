// `tensorlife-scan -p ...`: selects the translation units, runs one worker process per unit
// (-j at a time, each with a --timeout), gathers their results into a report and emits it.
#ifndef TENSORLIFE_SCAN_SCANCOMMAND_H
#define TENSORLIFE_SCAN_SCANCOMMAND_H

#include <string>
#include <vector>

namespace tensorlife::scan {

int runScan(const char *Argv0, const std::vector<std::string> &Args);

} // namespace tensorlife::scan

#endif
