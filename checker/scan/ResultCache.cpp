#include "ResultCache.h"

#include "AtomicFile.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace tensorlife::scan {

std::string ResultCache::pathOf(const std::string &Key) const {
  llvm::SmallString<256> P(Dir);
  llvm::sys::path::append(P, "v1", Key.substr(0, 2), Key + ".json");
  return std::string(P);
}

std::optional<std::string> ResultCache::get(const std::string &Key) const {
  std::string Content, Error;
  if (!readFile(pathOf(Key), Content, Error))
    return std::nullopt;
  return Content;
}

std::string ResultCache::put(const std::string &Key, const std::string &Content) const {
  std::string Path = pathOf(Key);
  if (std::error_code EC = llvm::sys::fs::create_directories(llvm::sys::path::parent_path(Path)))
    return "cannot create cache directory for '" + Path + "': " + EC.message();
  return writeFileAtomically(Path, Content);
}

} // namespace tensorlife::scan
