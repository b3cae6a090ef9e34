// API models as data: a JSON file that gives functions their facts and types their roles by
// qualified name, in the same vocabulary as the source annotations (Fact.h). See docs/models.md.
#ifndef TENSORLIFE_CORE_MODELFILE_H
#define TENSORLIFE_CORE_MODELFILE_H

#include "core/Fact.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace tensorlife {

/// The model format version this checker reads.
constexpr int ModelSchemaVersion = 1;

/// One `functions` entry: facts for the functions of that qualified name whose parameters match.
struct FunctionModel {
  std::string Name;
  /// -1: any number of parameters; otherwise the exact number.
  int NumParams = -1;
  /// Empty, or one pattern per parameter: "" or "*" matches any type, anything else must occur in
  /// the parameter's type as written or in its canonical spelling.
  std::vector<std::string> ParamTypes;
  std::vector<Fact> Facts;
  std::string Path; // JSON pointer of the entry, for messages

  /// How specific the parameter constraint is: 0 none, 1 count, 2 types.
  int specificity() const { return !ParamTypes.empty() ? 2 : NumParams >= 0 ? 1 : 0; }
};

/// One `types` entry.
struct TypeModel {
  std::string Name;
  TypeRole Role = TypeRole::None;
  std::string OwningCopy; // "owning_copy": the template of an owning copy, "" if none
  std::string Noun;       // "noun": what messages call it ("interpreter"), "" for its role's name
};

/// A parsed model file (or built-in model).
struct ModelSet {
  std::string Name;        // the model's "name"
  std::string Description; // its "description"
  std::string Source;      // the file it came from, or "<built-in NAME>"
  std::vector<TypeModel> Types;
  std::vector<FunctionModel> Functions;

  /// Entries by qualified name (indices into Types / Functions).
  std::map<std::string, size_t, std::less<>> TypeIndex;
  std::map<std::string, std::vector<size_t>, std::less<>> FunctionIndex;
};

using ModelSets = std::vector<std::shared_ptr<const ModelSet>>;

/// The outcome of reading a model: a model, or one error message naming the JSON path and what
/// was expected (e.g. "/functions/3/facts/0: unknown fact 'clos' ...").
struct ModelParseResult {
  std::shared_ptr<const ModelSet> Model;
  std::string Error;
};

/// Parses the text of a model. `Source` names it in ModelSet::Source.
ModelParseResult parseModel(const std::string &Text, const std::string &Source);

/// The models compiled into the checker (checker/models/*.json), parsed once. A built-in model
/// that fails to parse is a build bug: it is left out and its error returned in `Errors`.
const ModelSets &builtinModels(std::vector<std::string> *Errors = nullptr);

/// The names and JSON texts of the built-in models, as embedded at build time.
struct BuiltinModelText {
  const char *Name;
  const char *Json;
};
const std::vector<BuiltinModelText> &builtinModelTexts();

/// Splits a ModelFiles option value ("a.json, b.json;c.json") into paths, trimmed, empty ones
/// dropped.
std::vector<std::string> splitModelFileList(const std::string &Value);

} // namespace tensorlife

#endif
