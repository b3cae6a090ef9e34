// How the scan names files: report paths (relative to the project root inside it, absolute
// outside it), and --exclude / positional filters matched against them.
#ifndef TENSORLIFE_SCAN_PATHMATCH_H
#define TENSORLIFE_SCAN_PATHMATCH_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/GlobPattern.h"

#include <memory>
#include <string>
#include <vector>

namespace tensorlife::scan {

/// \p Path made absolute against \p Base (if relative), with `.`/`..` removed.
std::string normalizePath(llvm::StringRef Path, llvm::StringRef Base);

/// "src/a.cpp" for a file under \p Root, the absolute path otherwise. \p Root is absolute.
std::string reportPath(llvm::StringRef AbsolutePath, llvm::StringRef Root);

/// --exclude patterns: globs (`*` also matches `/`) against report paths.
class PathGlobs {
public:
  /// Returns an error message for a bad pattern, or "".
  std::string add(llvm::StringRef Pattern);
  bool matches(llvm::StringRef ReportPath) const;
  bool empty() const { return Globs.empty(); }

private:
  // A GlobPattern refers to the text it was created from: the texts live here, never moving.
  std::vector<std::shared_ptr<const std::string>> Patterns;
  std::vector<llvm::GlobPattern> Globs;
};

/// A positional filter: a file, a directory (everything under it) or a glob, given relative to
/// the current directory or absolute.
class FileFilter {
public:
  /// Returns an error message for a bad pattern, or "".
  std::string init(llvm::StringRef Text, llvm::StringRef Cwd);
  bool matches(llvm::StringRef AbsolutePath) const;
  const std::string &text() const { return Text; }

private:
  std::string Text, Absolute;
  bool IsGlob = false;
  std::shared_ptr<const std::string> Pattern; // what Glob refers to
  llvm::GlobPattern Glob;
};

} // namespace tensorlife::scan

#endif
