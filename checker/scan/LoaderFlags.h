// Flags in a compilation database that would load code into the analyser: compiler plugins
// (-fplugin=, -fpass-plugin=, -Xclang -load/-plugin/-add-plugin ...). A scan runs on databases it
// does not control, so they are dropped, with a warning, before any worker sees the command.
#ifndef TENSORLIFE_SCAN_LOADERFLAGS_H
#define TENSORLIFE_SCAN_LOADERFLAGS_H

#include <string>
#include <vector>

namespace tensorlife::scan {

/// Removes loader flags from \p Args (a full command line, compiler first) and returns them, each
/// dropped group as one string (e.g. "-Xclang -load -Xclang lib.so").
std::vector<std::string> dropLoaderFlags(std::vector<std::string> &Args);

} // namespace tensorlife::scan

#endif
