// Annotation facts (checker/core/FactParser): the text after "tensorlife::" either parses or is
// rejected with a message; a fact that parses, spelled back, parses to the same fact (a type role,
// a function fact, or an owning_copy template).
#include "core/Fact.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace tensorlife;

namespace {

std::string spell(const ParsedFact &P) {
  if (!P.OwningCopy.empty())
    return "owning_copy(" + P.OwningCopy + ")";
  if (P.Role != TypeRole::None)
    return spelling(P.Role);
  const Fact &F = P.Facts.front();
  std::string S = spelling(F.Kind);
  if (F.Operands.empty())
    return S;
  S += "(";
  for (size_t I = 0; I < F.Operands.size(); ++I)
    S += (I ? ", " : "") +
         (F.Operands[I].isThis() ? std::string("this") : std::to_string(F.Operands[I].Index));
  return S + ")";
}

[[noreturn]] void fail(const char *What, const std::string &Text) {
  std::fprintf(stderr, "%s: '%s'\n", What, Text.c_str());
  std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::string Text(reinterpret_cast<const char *>(Data), Size);
  ParsedFact P = parseFact(Text);
  if (!P.Error.empty()) {
    if (P.Role != TypeRole::None || !P.Facts.empty() || !P.OwningCopy.empty())
      fail("an error and a result at once", Text);
    return 0;
  }
  int Kinds = (P.Role != TypeRole::None) + !P.Facts.empty() + !P.OwningCopy.empty();
  if (Kinds != 1 || P.Facts.size() > 1)
    fail("not exactly one of a role, a fact or an owning-copy template", Text);
  if (!P.OwningCopy.empty() && P.OwningCopy.find("{}") == std::string::npos)
    fail("an owning-copy template without '{}'", Text);
  for (const Fact &F : P.Facts)
    for (const Operand &Op : F.Operands)
      if (!Op.isThis() && (Op.Index < 0 || Op.Index > 999))
        fail("operand out of range", Text);
  std::string Spelled = spell(P);
  ParsedFact Again = parseFact(Spelled);
  if (!Again.Error.empty() || spell(Again) != Spelled)
    fail("a fact that parses does not parse again to itself", Text + "' -> '" + Spelled);
  return 0;
}
