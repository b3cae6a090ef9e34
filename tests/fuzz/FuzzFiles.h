// Scratch files for fuzz targets whose parser reads from disk: one private directory per process.
#ifndef TENSORLIFE_FUZZ_FUZZFILES_H
#define TENSORLIFE_FUZZ_FUZZFILES_H

#include <cstdio>
#include <cstdlib>
#include <string>

namespace tensorlife::fuzz {

inline const std::string &scratchDir() {
  static const std::string Dir = [] {
    char Template[] = "/tmp/tensorlife-fuzz-XXXXXX";
    if (!mkdtemp(Template)) {
      std::perror("mkdtemp");
      std::abort();
    }
    return std::string(Template);
  }();
  return Dir;
}

inline std::string writeScratch(const std::string &Name, const char *Data, size_t Size) {
  std::string Path = scratchDir() + "/" + Name;
  std::FILE *F = std::fopen(Path.c_str(), "wb");
  if (!F || std::fwrite(Data, 1, Size, F) != Size || std::fclose(F) != 0) {
    std::perror(Path.c_str());
    std::abort();
  }
  return Path;
}

} // namespace tensorlife::fuzz

#endif
