// C++ source as escaped HTML for the report's file pages: one string per line, keywords, comments,
// literals and preprocessor directives wrapped in <span class="...">, no span across a line end.
#ifndef TENSORLIFE_SCAN_SYNTAXHIGHLIGHT_H
#define TENSORLIFE_SCAN_SYNTAXHIGHLIGHT_H

#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace tensorlife::scan {

/// Text made safe anywhere in HTML (element content and quoted attribute values).
std::string htmlEscape(llvm::StringRef Text);

/// The lines of \p Source (without their line ends), escaped and highlighted. Classes: `k`
/// keyword, `c` comment, `s` string or character literal, `n` number, `p` preprocessor line.
std::vector<std::string> highlightCpp(llvm::StringRef Source);

} // namespace tensorlife::scan

#endif
