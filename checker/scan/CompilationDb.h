// The translation units of a scan: read from compile_commands.json (like clang-tidy -p), made
// safe (loader flags dropped), selected (positional filters, --exclude) and sliced (--shard).
#ifndef TENSORLIFE_SCAN_COMPILATIONDB_H
#define TENSORLIFE_SCAN_COMPILATIONDB_H

#include "Options.h"

#include <string>
#include <vector>

namespace tensorlife::scan {

struct TranslationUnit {
  std::string File;       ///< absolute
  std::string ReportPath; ///< relative to the root inside it
  std::string Directory;
  std::vector<std::string> Arguments; ///< compiler first; loader flags removed
  std::vector<std::string> DroppedFlags;
};

struct Selection {
  std::string DatabasePath; ///< absolute path of compile_commands.json
  std::vector<TranslationUnit> Units;
  size_t InDatabase = 0, Excluded = 0, OtherShards = 0;
};

/// Loads and selects. Returns an error message (exit 2) or "".
std::string selectTranslationUnits(const ScanOptions &Opts, const std::string &Root,
                                   const std::string &Cwd, Selection &Out);

} // namespace tensorlife::scan

#endif
