// The models in effect for a translation unit, for the report: the built-in models compiled into
// the checker (checker/models/*.json), each model file named by a `ModelFiles` check option
// (docs/models.md), and each file whose declarations carry tensorlife annotations
// (`[[clang::annotate("tensorlife::...")]]`, the API model read from source) with its number of
// facts; each with a SHA-256 of its text. Annotations are collected by a hidden check that the
// worker enables next to the project's checks; it reports nothing.
#ifndef TENSORLIFE_SCAN_MODELINVENTORY_H
#define TENSORLIFE_SCAN_MODELINVENTORY_H

#include "clang-tidy/ClangTidyOptions.h"

#include <map>
#include <string>

namespace tensorlife::scan {

inline constexpr const char *InventoryCheckName = "tensorlife-scan-internal-model-inventory";

/// Annotated source files seen during the last analysis: absolute path -> number of facts.
std::map<std::string, unsigned> &annotatedFiles();

/// Whether the last analysis got as far as matching an AST (false: the command could not run).
bool &astMatched();

/// Model files named by `ModelFiles` / `<check>.ModelFiles` options, resolved as the checks resolve
/// them: absolute as is; relative from the main file's directory upwards, then from the compile
/// directory. Returns entry as written -> absolute path ("" when not found).
std::map<std::string, std::string> modelFilesOf(const clang::tidy::ClangTidyOptions &Options,
                                                const std::string &MainFile,
                                                const std::string &CompileDirectory);

/// The built-in models: name -> SHA-256 of the JSON text.
std::map<std::string, std::string> builtinModelHashes();

/// Test-only hooks (docs/scan.md): when the main file's path contains the value of
/// TENSORLIFE_SCAN_TEST_CRASH, the analysis crashes (SIGSEGV); TENSORLIFE_SCAN_TEST_HANG, it hangs;
/// TENSORLIFE_SCAN_TEST_ALLOCATE, it allocates without end (64 GiB of untouched memory at most).
void runTestHooks(const std::string &MainFile);

} // namespace tensorlife::scan

#endif
