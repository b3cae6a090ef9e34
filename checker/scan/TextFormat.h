// `--format text`: the findings (and the compiler errors of units that failed to parse) exactly as
// clang-tidy prints them, in file and line order, each once.
#ifndef TENSORLIFE_SCAN_TEXTFORMAT_H
#define TENSORLIFE_SCAN_TEXTFORMAT_H

#include "Report.h"

#include <string>

namespace tensorlife::scan {

std::string clangTidyText(const Report &R);

} // namespace tensorlife::scan

#endif
