#include "DirectCache.h"

#include "Hash.h"
#include "ModelInventory.h"

#include "clang/Basic/Version.h"
#include "llvm/Support/FileSystem.h"

#include <nlohmann/json.hpp>

using json = nlohmann::json;

namespace tensorlife::scan {
namespace {

int64_t nanoseconds(llvm::sys::TimePoint<> T) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(T.time_since_epoch()).count();
}

} // namespace

std::string directKey(const DirectKeyInputs &In) {
  FieldHasher H;
  H.add("tensorlife-scan direct v2").add(In.ToolId).add(clang::getClangFullVersion());
  H.add(In.File).add(In.Directory).add(In.Arguments.size());
  for (const std::string &A : In.Arguments)
    H.add(A);
  H.add(In.OptionsText).add(In.ModelFiles.size());
  for (const auto &[Entry, PathAndHash] : In.ModelFiles)
    H.add(Entry).add(PathAndHash);
  for (const auto &[Name, Hash] : builtinModelHashes())
    H.add(Name).add(Hash);
  return "d-" + H.hex();
}

std::string resultKey(const std::string &DirectKey,
                      const std::vector<std::pair<std::string, std::string>> &Inputs) {
  FieldHasher H;
  H.add("tensorlife-scan result v2").add(DirectKey).add(Inputs.size());
  for (const auto &[Path, Hash] : Inputs)
    H.add(Path).add(Hash);
  return "r-" + H.hex();
}

std::optional<std::string> lookupDirect(const ResultCache &Cache, const std::string &DirectKey) {
  auto Manifest = Cache.get(DirectKey);
  if (!Manifest)
    return std::nullopt;
  json M = json::parse(*Manifest, nullptr, /*allow_exceptions=*/false);
  if (!M.is_object() || !M.contains("inputs") || !M.contains("result"))
    return std::nullopt;
  try {
    for (const json &In : M["inputs"]) {
      std::string Path = In.at("path").get<std::string>();
      llvm::sys::fs::file_status Status;
      if (llvm::sys::fs::status(Path, Status))
        return std::nullopt;
      int64_t MTime = In.at("mtime_ns").get<int64_t>();
      if (MTime != 0 && Status.getSize() == In.at("size").get<uint64_t>() &&
          nanoseconds(Status.getLastModificationTime()) == MTime)
        continue;
      if (sha256OfFile(Path) != In.at("sha256").get<std::string>())
        return std::nullopt;
    }
    return Cache.get(M["result"].get<std::string>());
  } catch (const json::exception &) {
    return std::nullopt;
  }
}

std::string storeManifest(const ResultCache &Cache, const std::string &DirectKey,
                          const std::vector<std::pair<std::string, std::string>> &Inputs,
                          const std::string &ResultKey,
                          std::chrono::system_clock::time_point Started) {
  json List = json::array();
  for (const auto &[Path, Hash] : Inputs) {
    llvm::sys::fs::file_status Status;
    if (llvm::sys::fs::status(Path, Status))
      return "cannot record " + Path + " in the manifest"; // the next scan preprocesses
    int64_t MTime = nanoseconds(Status.getLastModificationTime());
    if (MTime >= nanoseconds(Started))
      MTime = 0;
    List.push_back({{"path", Path}, {"size", Status.getSize()}, {"mtime_ns", MTime},
                    {"sha256", Hash}});
  }
  json M = {{"inputs", std::move(List)}, {"result", ResultKey}};
  return Cache.put(DirectKey, M.dump());
}

} // namespace tensorlife::scan
