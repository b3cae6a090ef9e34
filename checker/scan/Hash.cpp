#include "Hash.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"

namespace tensorlife::scan {

FieldHasher &FieldHasher::add(llvm::StringRef Field) {
  add(static_cast<unsigned long long>(Field.size()));
  Hasher.update(Field);
  return *this;
}

FieldHasher &FieldHasher::add(unsigned long long Number) {
  std::string Text = std::to_string(Number) + ":";
  Hasher.update(Text);
  return *this;
}

std::string FieldHasher::hex() {
  auto Digest = Hasher.final();
  return llvm::toHex(Digest, /*LowerCase=*/true);
}

std::string sha256Hex(llvm::StringRef Data) {
  return llvm::toHex(llvm::SHA256::hash(llvm::arrayRefFromStringRef(Data)), /*LowerCase=*/true);
}

std::optional<std::string> sha256OfFile(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return std::nullopt;
  return sha256Hex((*Buffer)->getBuffer());
}

} // namespace tensorlife::scan
