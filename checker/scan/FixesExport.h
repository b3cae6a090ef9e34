// --export-fixes: the findings in clang-tidy's own fixes YAML (clang-tidy --export-fixes), one
// document for every unit of the scan: each diagnostic with its notes, file offsets and
// replacements. clang-apply-replacements applies it; CodeChecker's clang-tidy importer reads it.
#ifndef TENSORLIFE_SCAN_FIXESEXPORT_H
#define TENSORLIFE_SCAN_FIXESEXPORT_H

#include "Report.h"

#include <string>

namespace tensorlife::scan {

std::string exportFixes(const Report &R);

} // namespace tensorlife::scan

#endif
