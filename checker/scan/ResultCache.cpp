#include "ResultCache.h"

#include "AtomicFile.h"
#include "Hash.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

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

std::string ResultCache::pathOf(const std::string &Key) const {
  llvm::SmallString<256> P(Dir);
  llvm::sys::path::append(P, "v2", Key.substr(0, 2), Key + ".json");
  return std::string(P);
}

std::optional<std::string> ResultCache::get(const std::string &Key) const {
  std::string Entry, Error;
  if (!readFile(pathOf(Key), Entry, Error))
    return std::nullopt;
  std::optional<std::string> Content = decode(Entry);
  if (!Content)
    llvm::sys::fs::remove(pathOf(Key));
  return Content;
}

std::string ResultCache::put(const std::string &Key, const std::string &Content) const {
  std::string Path = pathOf(Key);
  if (std::error_code EC = llvm::sys::fs::create_directories(llvm::sys::path::parent_path(Path)))
    return "cannot create cache directory for '" + Path + "': " + EC.message();
  return writeFileAtomically(Path, encode(Content));
}

} // namespace tensorlife::scan
