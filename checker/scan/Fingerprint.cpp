#include "Fingerprint.h"

#include "Hash.h"

#include <cctype>
#include <map>
#include <tuple>

namespace tensorlife::scan {

std::string normalizedLineText(const std::string &LineText) {
  std::string Out;
  for (char C : LineText)
    if (!std::isspace(static_cast<unsigned char>(C)))
      Out += C;
  return Out;
}

void assignFingerprints(std::vector<FindingRecord> &Findings) {
  std::map<std::tuple<std::string, std::string, std::string, std::string>, unsigned> Seen;
  for (FindingRecord &F : Findings) {
    std::string Text = normalizedLineText(F.At.LineText);
    unsigned Occurrence = Seen[{F.Check, F.At.File, F.Message, Text}]++;
    FieldHasher H;
    H.add("tensorlife-fingerprint v1").add(F.Check).add(F.At.File).add(F.Message).add(Text).add(Occurrence);
    F.Fingerprint = H.hex().substr(0, 32);
  }
}

} // namespace tensorlife::scan
