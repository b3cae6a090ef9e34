#include "ResultCache.h"

#include "AtomicFile.h"
#include "Hash.h"

#include "llvm/Support/CachePruning.h"
#include "llvm/Support/Chrono.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <chrono>
#include <unistd.h>

namespace tensorlife::scan {

// "<sha256 of content, 64 hex digits>\n<content>"
constexpr size_t HeaderSize = 64 + 1;

std::string ResultCache::encode(const std::string &Content) {
  return sha256Hex(Content) + "\n" + Content;
}

std::optional<std::string> ResultCache::decode(const std::string &Entry) {
  if (Entry.size() < HeaderSize || Entry[HeaderSize - 1] != '\n')
    return std::nullopt;
  std::string Content = Entry.substr(HeaderSize);
  if (Entry.compare(0, HeaderSize - 1, sha256Hex(Content)) != 0)
    return std::nullopt;
  return Content;
}

// One flat directory: pruneCache looks at the files of one directory whose names start with
// "llvmcache-".
std::string ResultCache::entriesDir() const {
  llvm::SmallString<256> P(Dir);
  llvm::sys::path::append(P, "v2");
  return std::string(P);
}

std::string ResultCache::pathOf(const std::string &Key) const {
  llvm::SmallString<256> P(entriesDir());
  llvm::sys::path::append(P, "llvmcache-" + Key);
  return std::string(P);
}

std::optional<std::string> ResultCache::get(const std::string &Key) const {
  int FD = -1;
  if (llvm::sys::fs::openFileForRead(pathOf(Key), FD))
    return std::nullopt;
  auto Buffer = llvm::MemoryBuffer::getOpenFile(FD, pathOf(Key), /*FileSize=*/-1,
                                                /*RequiresNullTerminator=*/false);
  // Used now: the access time orders pruning (mount options may not update it on read).
  llvm::sys::fs::setLastAccessAndModificationTime(FD, std::chrono::system_clock::now());
  ::close(FD);
  if (!Buffer)
    return std::nullopt;
  std::optional<std::string> Content = decode((*Buffer)->getBuffer().str());
  if (!Content)
    llvm::sys::fs::remove(pathOf(Key));
  return Content;
}

std::string ResultCache::put(const std::string &Key, const std::string &Content) const {
  std::string Path = pathOf(Key);
  if (std::error_code EC = llvm::sys::fs::create_directories(entriesDir()))
    return "cannot create cache directory '" + entriesDir() + "': " + EC.message();
  return writeFileAtomically(Path, encode(Content));
}

std::string ResultCache::prune(uint64_t MaxBytes) const {
  llvm::CachePruningPolicy Policy;
  Policy.Interval = std::chrono::seconds(0); // every scan
  Policy.MaxSizeBytes = MaxBytes;
  Policy.MaxSizePercentageOfAvailableSpace = 0; // only the size asked for
  if (!llvm::sys::fs::is_directory(entriesDir()))
    return "";
  if (!llvm::pruneCache(entriesDir(), Policy))
    return "cannot prune the cache in '" + entriesDir() + "'";
  return "";
}

} // namespace tensorlife::scan
