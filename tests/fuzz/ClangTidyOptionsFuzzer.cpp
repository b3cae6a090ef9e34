// .clang-tidy options as tensorlife reads them: clang-tidy's parser (parseConfiguration), then the
// model-file lists of the ModelFiles options (splitModelFileList, modelFilesOf). A configuration
// that parses, printed back, parses to the same configuration; a ModelFiles list has no empty
// and no untrimmed entries.
#include "ModelInventory.h"
#include "core/ModelFile.h"

#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/Support/MemoryBuffer.h"

#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace clang::tidy;

namespace {

[[noreturn]] void fail(const char *What, const std::string &Text) {
  std::fprintf(stderr, "%s:\n%s\n", What, Text.c_str());
  std::abort();
}

void checkModelFileList(const std::string &Value) {
  for (const std::string &Entry : tensorlife::splitModelFileList(Value))
    if (Entry.empty() || std::isspace(static_cast<unsigned char>(Entry.front())) ||
        std::isspace(static_cast<unsigned char>(Entry.back())) ||
        Entry.find_first_of(",;") != std::string::npos)
      fail("a bad entry in a ModelFiles list", Value);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::string Text(reinterpret_cast<const char *>(Data), Size);
  checkModelFileList(Text);
  llvm::ErrorOr<ClangTidyOptions> Parsed =
      parseConfiguration(llvm::MemoryBufferRef(Text, ".clang-tidy"));
  if (!Parsed)
    return 0;
  for (const auto &Option : Parsed->CheckOptions)
    checkModelFileList(Option.getValue().Value);
  tensorlife::scan::modelFilesOf(*Parsed, "/nonexistent/src/main.cpp", "/nonexistent/build");

  std::string Printed = configurationAsText(*Parsed);
  llvm::ErrorOr<ClangTidyOptions> Again =
      parseConfiguration(llvm::MemoryBufferRef(Printed, "printed"));
  if (!Again)
    fail("a configuration that parses, printed, does not parse", Printed);
  if (configurationAsText(*Again) != Printed)
    fail("a configuration changed on the way round", Printed);
  return 0;
}
