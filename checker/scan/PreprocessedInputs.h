// What the preprocessor reads for a translation unit: every file it enters (main file, headers)
// with a hash of its full content, comments and NOLINTs included. With the flags, the options and
// the tool, this keys the incremental cache: equal inputs give equal preprocessed content.
#ifndef TENSORLIFE_SCAN_PREPROCESSEDINPUTS_H
#define TENSORLIFE_SCAN_PREPROCESSEDINPUTS_H

#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <string>
#include <utility>
#include <vector>

namespace tensorlife::scan {

/// (real absolute path, sha256 of content), sorted by path. Adjusts the command as clang-tidy does
/// (ExtraArgs, ExtraArgsBefore, plugins stripped, syntax only). Returns false when the
/// preprocessor could not run at all.
bool preprocessedInputs(const clang::tooling::CompilationDatabase &DB, const std::string &File,
                        const clang::tidy::ClangTidyOptions &Options,
                        llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> BaseFS,
                        std::vector<std::pair<std::string, std::string>> &Inputs);

} // namespace tensorlife::scan

#endif
