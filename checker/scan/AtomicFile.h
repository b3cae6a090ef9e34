// Reports and cache entries are written to a temporary file next to the target and renamed over
// it: a reader (or a Ctrl-C) never sees a half-written file.
#ifndef TENSORLIFE_SCAN_ATOMICFILE_H
#define TENSORLIFE_SCAN_ATOMICFILE_H

#include "llvm/ADT/StringRef.h"

#include <string>

namespace tensorlife::scan {

/// Writes \p Content to \p Path atomically. Returns an error message, empty on success.
std::string writeFileAtomically(llvm::StringRef Path, llvm::StringRef Content);

/// Writes an output the user named: `-` is stdout; a symlink is written through (the link stays);
/// a FIFO or a device is written in place; a regular file (or a new one) is replaced atomically.
/// Returns an error message, empty on success.
std::string writeOutputFile(llvm::StringRef Path, llvm::StringRef Content);

/// Checks up front that writeOutputFile(\p Path) can succeed (by creating and removing a file
/// next to the target), so that a long scan does not end in a report that cannot be written.
/// Returns an error message or "".
std::string checkWritable(llvm::StringRef Path);

/// Reads a whole file. Returns false and sets \p Error on failure.
bool readFile(llvm::StringRef Path, std::string &Content, std::string &Error);

} // namespace tensorlife::scan

#endif
