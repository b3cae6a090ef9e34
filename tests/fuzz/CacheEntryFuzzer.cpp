// Cache entries (checker/scan/ResultCache): bytes found on disk are trusted only when they are an
// entry the cache wrote; an entry the cache wrote, truncated or with one byte changed, is not.
#include "ResultCache.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

using tensorlife::scan::ResultCache;

namespace {

[[noreturn]] void fail(const char *What) {
  std::fprintf(stderr, "%s\n", What);
  std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::string Bytes(reinterpret_cast<const char *>(Data), Size);
  if (std::optional<std::string> Content = ResultCache::decode(Bytes))
    if (ResultCache::encode(*Content) != Bytes)
      fail("accepted bytes that the cache does not write");

  std::string Entry = ResultCache::encode(Bytes);
  if (ResultCache::decode(Entry) != Bytes)
    fail("an entry does not decode to what was stored");
  size_t Cut = Size ? Data[0] % Entry.size() : 0;
  if (ResultCache::decode(Entry.substr(0, Cut)))
    fail("a truncated entry is trusted");
  std::string Flipped = Entry;
  Flipped[Size ? Data[Size - 1] % Entry.size() : 0] ^= 0x20;
  if (ResultCache::decode(Flipped))
    fail("an entry with a changed byte is trusted");
  return 0;
}
