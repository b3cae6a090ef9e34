// Direct mode of the incremental cache, after ccache's: a unit is looked up by a key of what
// can be known without preprocessing it (the tool, the compile command, the effective options,
// the models), which names a manifest: the files its last analysis read (main file and headers)
// with their size, modification time and SHA-256, and the key of that analysis' result. When
// every file is unchanged (same size and mtime, or else the same hash), the result is reused
// and nothing is preprocessed; otherwise the unit goes to a worker, which preprocesses it and
// looks its result up by the hashes of what it read (and writes a new manifest).
#ifndef TENSORLIFE_SCAN_DIRECTCACHE_H
#define TENSORLIFE_SCAN_DIRECTCACHE_H

#include "ResultCache.h"

#include <chrono>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tensorlife::scan {

struct DirectKeyInputs {
  std::string ToolId; ///< the scanner binary and its version
  std::string File, Directory;
  std::vector<std::string> Arguments;
  std::string OptionsText; ///< the effective clang-tidy options
  std::vector<std::pair<std::string, std::string>> ModelFiles; ///< (entry, path and hash)
};

std::string directKey(const DirectKeyInputs &In);

/// The key of a result: the direct key and what the preprocessor read, (path, sha256) sorted.
std::string resultKey(const std::string &DirectKey,
                      const std::vector<std::pair<std::string, std::string>> &Inputs);

/// The result stored for \p DirectKey, when the files its manifest lists are unchanged.
std::optional<std::string> lookupDirect(const ResultCache &Cache, const std::string &DirectKey);

/// Records what the analysis behind \p ResultKey read. A file modified since \p Started (it may
/// have changed after it was read) is recorded without its mtime, so that a lookup hashes it.
/// Returns an error or "".
std::string storeManifest(const ResultCache &Cache, const std::string &DirectKey,
                          const std::vector<std::pair<std::string, std::string>> &Inputs,
                          const std::string &ResultKey,
                          std::chrono::system_clock::time_point Started);

} // namespace tensorlife::scan

#endif
