// `tensorlife-scan merge A.json B.json ...`: joins the JSON reports of a sharded scan.
#ifndef TENSORLIFE_SCAN_MERGECOMMAND_H
#define TENSORLIFE_SCAN_MERGECOMMAND_H

#include <string>
#include <vector>

namespace tensorlife::scan {

int runMerge(const std::vector<std::string> &Args);

} // namespace tensorlife::scan

#endif
