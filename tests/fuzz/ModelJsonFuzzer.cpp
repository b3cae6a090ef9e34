// Model JSON (checker/core/ModelFile): any input either loads or is rejected with a message; a
// model that loads, written back in the model format, loads again to the same model.
#include "core/ModelFile.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <string>

using namespace tensorlife;
using Json = nlohmann::json;

namespace {

std::string spellFact(const Fact &F) {
  std::string S = spelling(F.Kind);
  if (F.Operands.empty())
    return S;
  S += "(";
  for (size_t I = 0; I < F.Operands.size(); ++I)
    S += (I ? "," : "") +
         (F.Operands[I].isThis() ? std::string("this") : std::to_string(F.Operands[I].Index));
  return S + ")";
}

/// The model as a model file, from what was parsed.
Json write(const ModelSet &M) {
  Json J = {{"schema_version", ModelSchemaVersion}, {"name", M.Name}};
  if (!M.Description.empty())
    J["description"] = M.Description;
  J["types"] = Json::array();
  for (const TypeModel &T : M.Types)
    J["types"].push_back({{"name", T.Name}, {"role", spelling(T.Role)}});
  J["functions"] = Json::array();
  for (const FunctionModel &F : M.Functions) {
    Json E = {{"name", F.Name}, {"facts", Json::array()}};
    if (!F.ParamTypes.empty()) {
      E["params"] = Json::array();
      for (const std::string &P : F.ParamTypes)
        E["params"].push_back(P.empty() ? "*" : P);
    } else if (F.NumParams >= 0) {
      E["params"] = F.NumParams;
    }
    for (const Fact &Fa : F.Facts)
      E["facts"].push_back(spellFact(Fa));
    J["functions"].push_back(std::move(E));
  }
  return J;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::string Text(reinterpret_cast<const char *>(Data), Size);
  ModelParseResult R = parseModel(Text, "fuzz.json");
  if (!R.Model) {
    if (R.Error.empty()) {
      std::fprintf(stderr, "rejected without a message\n");
      std::abort();
    }
    return 0;
  }
  Json Written = write(*R.Model);
  ModelParseResult Again = parseModel(Written.dump(), "again.json");
  if (!Again.Model) {
    std::fprintf(stderr, "a loaded model does not load again: %s\n%s\n", Again.Error.c_str(),
                 Written.dump(1).c_str());
    std::abort();
  }
  if (write(*Again.Model) != Written) {
    std::fprintf(stderr, "the model changed on the way round:\n%s\n%s\n", Written.dump(1).c_str(),
                 write(*Again.Model).dump(1).c_str());
    std::abort();
  }
  return 0;
}
