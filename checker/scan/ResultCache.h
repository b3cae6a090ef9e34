// The incremental cache (--cache-dir): a worker's result per cache key, one JSON file each,
// written atomically, so that concurrent scans can share a directory.
#ifndef TENSORLIFE_SCAN_RESULTCACHE_H
#define TENSORLIFE_SCAN_RESULTCACHE_H

#include <optional>
#include <string>

namespace tensorlife::scan {

class ResultCache {
public:
  explicit ResultCache(std::string Dir) : Dir(std::move(Dir)) {}
  std::optional<std::string> get(const std::string &Key) const;
  /// Best effort: a cache that cannot be written only costs time. Returns an error or "".
  std::string put(const std::string &Key, const std::string &Content) const;

private:
  std::string pathOf(const std::string &Key) const;
  std::string Dir;
};

} // namespace tensorlife::scan

#endif
