// SHA-256 helpers: fingerprints, cache keys and model hashes.
#ifndef TENSORLIFE_SCAN_HASH_H
#define TENSORLIFE_SCAN_HASH_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/SHA256.h"

#include <optional>
#include <string>

namespace tensorlife::scan {

/// Incremental hash over length-prefixed fields, so that ("ab","c") and ("a","bc") differ.
class FieldHasher {
public:
  FieldHasher &add(llvm::StringRef Field);
  FieldHasher &add(unsigned long long Number);
  std::string hex();

private:
  llvm::SHA256 Hasher;
};

std::string sha256Hex(llvm::StringRef Data);

/// SHA-256 of a file's content; std::nullopt when it cannot be read.
std::optional<std::string> sha256OfFile(llvm::StringRef Path);

} // namespace tensorlife::scan

#endif
