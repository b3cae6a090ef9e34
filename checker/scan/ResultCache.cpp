#include "ResultCache.h"

#include "AtomicFile.h"

#include "llvm/Support/CachePruning.h"
#include "llvm/Support/Chrono.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <chrono>
#include <unistd.h>

namespace tensorlife::scan {

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
  return (*Buffer)->getBuffer().str();
}

std::string ResultCache::put(const std::string &Key, const std::string &Content) const {
  std::string Path = pathOf(Key);
  if (std::error_code EC = llvm::sys::fs::create_directories(entriesDir()))
    return "cannot create cache directory '" + entriesDir() + "': " + EC.message();
  return writeFileAtomically(Path, Content);
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
