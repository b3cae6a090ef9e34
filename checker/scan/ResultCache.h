// The incremental cache (--cache-dir): entries (workers' results, direct-mode manifests) are files
// named by their key, written atomically, so that concurrent scans can share a directory. Reading
// an entry marks it used; the least recently used ones go when the cache outgrows its size
// (llvm::pruneCache, as the ThinLTO cache).
// Each entry starts with the SHA-256 of its content: an entry truncated or corrupted on disk is
// detected, dropped and re-analysed.
#ifndef TENSORLIFE_SCAN_RESULTCACHE_H
#define TENSORLIFE_SCAN_RESULTCACHE_H

#include <cstdint>
#include <optional>
#include <string>

namespace tensorlife::scan {

class ResultCache {
public:
  explicit ResultCache(std::string Dir) : Dir(std::move(Dir)) {}
  /// The content stored for \p Key; std::nullopt when there is none or it is damaged (then the
  /// entry is removed).
  std::optional<std::string> get(const std::string &Key) const;
  /// Best effort: a cache that cannot be written only costs time. Returns an error or "".
  std::string put(const std::string &Key, const std::string &Content) const;
  /// Removes the least recently used entries until the cache holds at most \p MaxBytes.
  /// Returns an error or "".
  std::string prune(uint64_t MaxBytes) const;

  /// An entry as stored on disk, and its content back (std::nullopt when damaged).
  static std::string encode(const std::string &Content);
  static std::optional<std::string> decode(const std::string &Entry);

private:
  std::string entriesDir() const;
  std::string pathOf(const std::string &Key) const;
  std::string Dir;
};

} // namespace tensorlife::scan

#endif
