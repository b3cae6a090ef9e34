#include "TextFormat.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace tensorlife::scan {

std::string clangTidyText(const Report &R) {
  struct Entry {
    const Position *At;
    const std::string *Text;
  };
  std::vector<Entry> Entries;
  for (const FindingRecord &F : R.Findings)
    Entries.push_back({&F.At, &F.Text});
  std::set<std::string> SeenErrors;
  for (const TuRecord &U : R.Units)
    for (const CompileErrorRecord &E : U.Errors)
      if (SeenErrors.insert(E.Text).second)
        Entries.push_back({&E.At, &E.Text});
  std::stable_sort(Entries.begin(), Entries.end(), [](const Entry &A, const Entry &B) {
    return std::tie(A.At->File, A.At->Line, A.At->Column) < std::tie(B.At->File, B.At->Line, B.At->Column);
  });
  std::string Out;
  for (const Entry &E : Entries)
    Out += *E.Text;
  return Out;
}

} // namespace tensorlife::scan
