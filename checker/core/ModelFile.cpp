#include "core/ModelFile.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringRef.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <mutex>
#include <set>

namespace tensorlife {
namespace {

using Json = nlohmann::json;

/// The first problem found; parsing stops there.
struct ModelError {
  std::string Message;
};

const char *typeName(const Json &J) {
  switch (J.type()) {
  case Json::value_t::null:
    return "null";
  case Json::value_t::object:
    return "an object";
  case Json::value_t::array:
    return "an array";
  case Json::value_t::string:
    return "a string";
  case Json::value_t::boolean:
    return "a boolean";
  case Json::value_t::number_integer:
  case Json::value_t::number_unsigned:
    return "an integer";
  case Json::value_t::number_float:
    return "a number";
  default:
    return "an unknown value";
  }
}

[[noreturn]] void fail(const std::string &Path, const std::string &Message) {
  throw ModelError{(Path.empty() ? std::string("/") : Path) + ": " + Message};
}

void expectType(const Json &J, Json::value_t Want, const char *WantName, const std::string &Path) {
  bool Ok = J.type() == Want;
  if (Want == Json::value_t::number_integer)
    Ok = J.is_number_integer();
  if (!Ok)
    fail(Path, std::string("expected ") + WantName + ", got " + typeName(J));
}

/// Rejects keys other than `Allowed`; requires `Required`.
void checkKeys(const Json &Obj, const std::string &Path, const std::set<std::string> &Allowed,
               const std::set<std::string> &Required) {
  for (auto It = Obj.begin(); It != Obj.end(); ++It)
    if (!Allowed.count(It.key())) {
      std::string List;
      for (const std::string &K : Allowed)
        List += (List.empty() ? "'" : ", '") + K + "'";
      fail(Path + "/" + It.key(), "unknown key '" + It.key() + "' (expected one of " + List + ")");
    }
  for (const std::string &K : Required)
    if (!Obj.contains(K))
      fail(Path, "missing required key '" + K + "'");
}

std::string nonEmptyString(const Json &J, const std::string &Path, const char *What) {
  expectType(J, Json::value_t::string, "a string", Path);
  std::string S = J.get<std::string>();
  if (S.empty())
    fail(Path, std::string("expected a non-empty ") + What);
  return S;
}

/// A qualified C++ name: identifiers (or operator names, destructors) separated by `::`.
void checkQualifiedName(const std::string &Name, const std::string &Path) {
  // Template arguments are not part of a name, except in operator names (`operator<<`).
  size_t Last = Name.rfind("::");
  std::string Scope = Last == std::string::npos ? "" : Name.substr(0, Last);
  std::string Base = Last == std::string::npos ? Name : Name.substr(Last + 2);
  bool IsOperator = Base.rfind("operator", 0) == 0;
  bool Ok = !Name.empty() && Name.find(' ') == std::string::npos &&
            Scope.find('<') == std::string::npos &&
            (IsOperator || Base.find('<') == std::string::npos) && Name.substr(0, 2) != "::" &&
            !Base.empty();
  if (!Ok)
    fail(Path, "expected a qualified name such as 'TF_NewSession' or 'Ort::Value::CreateTensor' "
               "(no leading '::', no template arguments), got '" +
                   Name + "'");
}

void parseFunction(const Json &J, const std::string &Path, ModelSet &M) {
  expectType(J, Json::value_t::object, "an object {\"name\": ..., \"facts\": [...]}", Path);
  checkKeys(J, Path, {"name", "params", "facts", "comment"}, {"name", "facts"});
  FunctionModel F;
  F.Path = Path;
  F.Name = nonEmptyString(J["name"], Path + "/name", "function name");
  checkQualifiedName(F.Name, Path + "/name");
  if (J.contains("comment"))
    expectType(J["comment"], Json::value_t::string, "a string", Path + "/comment");

  if (J.contains("params")) {
    const Json &P = J["params"];
    std::string PPath = Path + "/params";
    if (P.is_number_integer()) {
      long long N = P.get<long long>();
      if (N < 0 || N > 255)
        fail(PPath, "expected a parameter count between 0 and 255, got " + std::to_string(N));
      F.NumParams = static_cast<int>(N);
    } else if (P.is_array()) {
      for (size_t I = 0; I < P.size(); ++I) {
        expectType(P[I], Json::value_t::string,
                   "a string (a parameter type pattern, \"*\" for any)", PPath + "/" + std::to_string(I));
        std::string Pattern = P[I].get<std::string>();
        F.ParamTypes.push_back(Pattern == "*" ? "" : Pattern);
      }
      F.NumParams = static_cast<int>(P.size());
      bool AnyConstraint = false;
      for (const std::string &T : F.ParamTypes)
        AnyConstraint |= !T.empty();
      if (!AnyConstraint)
        F.ParamTypes.clear(); // only a count
    } else {
      fail(PPath, std::string("expected a parameter count (an integer) or an array of parameter "
                              "type patterns, got ") +
                      typeName(P));
    }
  }

  const Json &Facts = J["facts"];
  expectType(Facts, Json::value_t::array, "an array of fact strings, e.g. [\"close(0)\"]",
             Path + "/facts");
  for (size_t I = 0; I < Facts.size(); ++I) {
    std::string FPath = Path + "/facts/" + std::to_string(I);
    expectType(Facts[I], Json::value_t::string, "a fact string such as \"close(0)\"", FPath);
    std::string Text = Facts[I].get<std::string>();
    ParsedFact P = parseFact(Text);
    if (!P.Error.empty())
      fail(FPath, P.Error + " (expected one of: " + factNames() +
                      "; operands are 'this' or a 0-based parameter index)");
    if (P.Role != TypeRole::None)
      fail(FPath, "'" + Text + "' is a type role, not a function fact; put it in \"types\"");
    for (Fact &Fa : P.Facts) {
      for (const Operand &Op : Fa.Operands)
        if (!Op.isThis() && F.NumParams >= 0 && Op.Index >= F.NumParams)
          fail(FPath, "operand " + std::to_string(Op.Index) + " of '" + Text +
                          "' is out of range: the entry has " + std::to_string(F.NumParams) +
                          " parameter(s), indices start at 0");
      F.Facts.push_back(std::move(Fa));
    }
  }

  // The same name with the same parameter constraint twice is ambiguous.
  auto &Same = M.FunctionIndex[F.Name];
  for (size_t Other : Same) {
    const FunctionModel &O = M.Functions[Other];
    if (O.NumParams == F.NumParams && O.ParamTypes == F.ParamTypes)
      fail(Path, "duplicate entry for '" + F.Name + "' with the same parameters as " + O.Path +
                     " (use \"params\" to tell overloads apart)");
  }
  Same.push_back(M.Functions.size());
  M.Functions.push_back(std::move(F));
}

void parseType(const Json &J, const std::string &Path, ModelSet &M) {
  expectType(J, Json::value_t::object, "an object {\"name\": ..., \"role\": ...}", Path);
  checkKeys(J, Path, {"name", "role", "owning_copy", "noun", "comment"}, {"name", "role"});
  TypeModel T;
  T.Name = nonEmptyString(J["name"], Path + "/name", "type name");
  checkQualifiedName(T.Name, Path + "/name");
  if (J.contains("comment"))
    expectType(J["comment"], Json::value_t::string, "a string", Path + "/comment");
  std::string RPath = Path + "/role";
  expectType(J["role"], Json::value_t::string, "a role string", RPath);
  std::string Role = J["role"].get<std::string>();
  ParsedFact P = parseFact(Role);
  if (P.Role == TypeRole::None)
    fail(RPath, "unknown role '" + Role + "' (expected one of: " + llvm::join(roleNames(), ", ") + ")");
  T.Role = P.Role;
  if (J.contains("owning_copy")) {
    std::string CPath = Path + "/owning_copy";
    expectType(J["owning_copy"], Json::value_t::string, "a template string like \"{}.clone()\"", CPath);
    ParsedFact Copy = parseFact("owning_copy(" + J["owning_copy"].get<std::string>() + ")");
    if (!Copy.Error.empty())
      fail(CPath, Copy.Error);
    T.OwningCopy = Copy.OwningCopy;
  }
  if (J.contains("noun"))
    T.Noun = nonEmptyString(J["noun"], Path + "/noun", "noun");
  if (M.TypeIndex.count(T.Name))
    fail(Path, "duplicate entry for type '" + T.Name + "'");
  M.TypeIndex[T.Name] = M.Types.size();
  M.Types.push_back(std::move(T));
}

} // namespace

ModelParseResult parseModel(const std::string &Text, const std::string &Source) {
  ModelParseResult Result;
  Json Root;
  try {
    Root = Json::parse(Text);
  } catch (const Json::parse_error &E) {
    // nlohmann's message: "[json.exception.parse_error.101] parse error at line 3, column 5: ..."
    std::string What = E.what();
    size_t At = What.find("parse error");
    Result.Error = "invalid JSON: " + (At == std::string::npos ? What : What.substr(At));
    return Result;
  } catch (const std::exception &E) {
    Result.Error = std::string("invalid JSON: ") + E.what();
    return Result;
  }

  auto M = std::make_shared<ModelSet>();
  M->Source = Source;
  try {
    expectType(Root, Json::value_t::object, "an object with \"schema_version\", \"name\", ...", "");
    checkKeys(Root, "", {"$schema", "schema_version", "name", "description", "types", "functions"},
              {"schema_version", "name"});
    const Json &V = Root["schema_version"];
    expectType(V, Json::value_t::number_integer, "an integer", "/schema_version");
    if (V.get<long long>() != ModelSchemaVersion)
      fail("/schema_version", "unsupported schema version " + std::to_string(V.get<long long>()) +
                                  " (this tensorlife reads version " +
                                  std::to_string(ModelSchemaVersion) + ")");
    M->Name = nonEmptyString(Root["name"], "/name", "model name");
    if (Root.contains("$schema"))
      expectType(Root["$schema"], Json::value_t::string, "a string", "/$schema");
    if (Root.contains("description")) {
      expectType(Root["description"], Json::value_t::string, "a string", "/description");
      M->Description = Root["description"].get<std::string>();
    }
    if (Root.contains("types")) {
      const Json &Types = Root["types"];
      expectType(Types, Json::value_t::array, "an array of types", "/types");
      for (size_t I = 0; I < Types.size(); ++I)
        parseType(Types[I], "/types/" + std::to_string(I), *M);
    }
    if (Root.contains("functions")) {
      const Json &Functions = Root["functions"];
      expectType(Functions, Json::value_t::array, "an array of functions", "/functions");
      for (size_t I = 0; I < Functions.size(); ++I)
        parseFunction(Functions[I], "/functions/" + std::to_string(I), *M);
    }
  } catch (const ModelError &E) {
    Result.Error = E.Message;
    return Result;
  } catch (const std::exception &E) {
    // Not expected (every access is type-checked first); never let it escape into clang-tidy.
    Result.Error = std::string("unexpected error: ") + E.what();
    return Result;
  }
  Result.Model = std::move(M);
  return Result;
}

namespace {
#include "BuiltinModels.inc" // generated: `const BuiltinModelText BuiltinModelTable[] = {...};`
} // namespace

const std::vector<BuiltinModelText> &builtinModelTexts() {
  static const std::vector<BuiltinModelText> Texts(std::begin(BuiltinModelTable),
                                                   std::end(BuiltinModelTable));
  return Texts;
}

const ModelSets &builtinModels(std::vector<std::string> *Errors) {
  static ModelSets Models;
  static std::vector<std::string> BuiltinErrors;
  static std::once_flag Once;
  std::call_once(Once, [] {
    for (const BuiltinModelText &T : builtinModelTexts()) {
      ModelParseResult R = parseModel(T.Json, std::string("<built-in ") + T.Name + ">");
      if (R.Model)
        Models.push_back(R.Model);
      else
        BuiltinErrors.push_back(std::string("built-in model '") + T.Name + "': " + R.Error);
    }
  });
  if (Errors)
    *Errors = BuiltinErrors;
  return Models;
}

std::vector<std::string> splitModelFileList(const std::string &Value) {
  std::string Separated = Value;
  std::replace(Separated.begin(), Separated.end(), ';', ',');
  llvm::SmallVector<llvm::StringRef, 4> Items;
  llvm::StringRef(Separated).split(Items, ',');
  std::vector<std::string> Paths;
  for (llvm::StringRef Item : Items)
    if (!Item.trim().empty())
      Paths.push_back(Item.trim().str());
  return Paths;
}

} // namespace tensorlife
