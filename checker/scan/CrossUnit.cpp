#include "CrossUnit.h"

#include "AtomicFile.h"

#include "core/AnalysisContext.h"
#include "core/ApiModel.h"
#include "core/Fact.h"
#include "core/ModelFile.h"
#include "tidy/LifetimeCheck.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <memory>
#include <set>

using namespace clang;

namespace tensorlife::scan {

std::string FunctionKey::text() const { return Name + "(" + llvm::join(Params, ", ") + ")"; }

namespace {

// --- In the worker ---------------------------------------------------------------------------

struct Collected {
  llvm::DenseSet<const FunctionDecl *> Seen;
  std::map<FunctionKey, std::vector<std::string>> Defines;
  std::set<FunctionKey> Calls;
};

Collected &collected() {
  static Collected C;
  return C;
}

FunctionKey keyOf(const FunctionDecl &FD) {
  FunctionKey K;
  K.Name = ::tensorlife::modelName(&FD);
  const PrintingPolicy &Policy = FD.getASTContext().getPrintingPolicy();
  for (const ParmVarDecl *P : FD.parameters())
    K.Params.push_back(P->getType().getCanonicalType().getAsString(Policy));
  return K;
}

/// Whether a model entry can name \p Name (docs/model.schema.json): no spaces (`operator int`,
/// `operator new`), no template arguments but in an operator's name.
bool nameable(llvm::StringRef Name) {
  size_t Last = Name.rfind("::");
  llvm::StringRef Scope = Last == llvm::StringRef::npos ? "" : Name.take_front(Last);
  llvm::StringRef Base = Last == llvm::StringRef::npos ? Name : Name.drop_front(Last + 2);
  return !Name.empty() && !Base.empty() && !Name.contains(' ') && !Name.starts_with("::") &&
         !Scope.contains('<') && (Base.starts_with("operator") || !Base.contains('<'));
}

/// A function other units call by its name, with one definition in the program: not inline,
/// not a template's, not virtual (a virtual call stays unknown), not a constructor, destructor
/// or conversion.
bool summarisable(const FunctionDecl &FD) {
  if (!FD.isExternallyVisible() || FD.isInlined() || FD.isMain() || FD.isDependentContext() ||
      FD.getTemplatedKind() != FunctionDecl::TK_NonTemplate || isa<CXXConstructorDecl>(FD) ||
      isa<CXXDestructorDecl>(FD) || isa<CXXConversionDecl>(FD) ||
      !nameable(::tensorlife::modelName(&FD)))
    return false;
  if (const auto *M = dyn_cast<CXXMethodDecl>(&FD); M && M->isVirtual())
    return false;
  return !FD.getASTContext().getSourceManager().isInSystemHeader(FD.getLocation());
}

/// The functions \p FD calls directly that this unit has no body of.
void collectCalls(const FunctionDecl &FD, std::set<FunctionKey> &Calls) {
  llvm::SmallVector<const Stmt *, 64> Work{FD.getBody()};
  while (!Work.empty()) {
    const Stmt *St = Work.pop_back_val();
    if (!St)
      continue;
    if (const auto *Call = dyn_cast<CallExpr>(St))
      if (const FunctionDecl *Callee = Call->getDirectCallee();
          Callee && !Callee->isDefined() && summarisable(*Callee))
        Calls.insert(keyOf(*Callee));
    for (const Stmt *Child : St->children())
      Work.push_back(Child);
  }
}

void onAnalysed(const FunctionDecl &FD, ASTContext &, ::tensorlife::AnalysisContext &AC) {
  Collected &C = collected();
  if (!C.Seen.insert(&FD).second)
    return;
  collectCalls(FD, C.Calls);
  // A function the models or annotations describe is known everywhere already.
  if (!summarisable(FD) || !AC.Model.factsOf(&FD).empty())
    return;
  std::vector<std::string> Facts;
  if (auto It = AC.EveryPathSummaries.find(&FD); It != AC.EveryPathSummaries.end())
    for (const ::tensorlife::Fact &F : It->second)
      Facts.push_back(::tensorlife::printFact(F));
  std::sort(Facts.begin(), Facts.end());
  Facts.erase(std::unique(Facts.begin(), Facts.end()), Facts.end());
  C.Defines[keyOf(FD)] = std::move(Facts);
}

nlohmann::json keyJson(const FunctionKey &K) { return {{"name", K.Name}, {"params", K.Params}}; }

/// Facts in printFact's spelling, sorted: equal summaries compare equal.
std::string normalizedFacts(const std::vector<std::string> &In, std::vector<std::string> &Out) {
  Out.clear();
  for (const std::string &Text : In) {
    ::tensorlife::ParsedFact P = ::tensorlife::parseFact(Text);
    if (!P.Error.empty() || P.Facts.size() != 1)
      return "fact '" + Text + "': " + (P.Error.empty() ? "not a function fact" : P.Error);
    Out.push_back(::tensorlife::printFact(P.Facts[0]));
  }
  std::sort(Out.begin(), Out.end());
  Out.erase(std::unique(Out.begin(), Out.end()), Out.end());
  return "";
}

/// Reads \p Path and parses it as a model file: the worker installs the model, readSummaryFile
/// lists its entries from \p Text. Returns an error message or "".
std::string parseSummaryFile(const std::string &Path, std::string &Text,
                             std::shared_ptr<const ::tensorlife::ModelSet> &Model) {
  std::string Error;
  if (!readFile(Path, Text, Error))
    return Error;
  ::tensorlife::ModelParseResult Parsed = ::tensorlife::parseModel(Text, Path);
  if (!Parsed.Model)
    return "summaries file '" + Path + "': " + Parsed.Error;
  Model = std::move(Parsed.Model);
  return "";
}

} // namespace

std::string startCrossUnit(const std::string &SummariesFile, bool Summarise) {
  clang::tidy::tensorlife::CrossUnitHooks &Hooks = clang::tidy::tensorlife::crossUnitHooks();
  Hooks.Summaries.clear();
  Hooks.Analysed = nullptr;
  collected() = Collected();
  if (!SummariesFile.empty()) {
    std::string Text;
    std::shared_ptr<const ::tensorlife::ModelSet> Model;
    if (std::string Error = parseSummaryFile(SummariesFile, Text, Model); !Error.empty())
      return Error;
    Hooks.Summaries.push_back(std::move(Model));
  }
  if (Summarise)
    Hooks.Analysed = onAnalysed;
  return "";
}

nlohmann::json crossUnitResult() {
  nlohmann::json Defines = nlohmann::json::array(), Calls = nlohmann::json::array();
  for (const auto &[Key, Facts] : collected().Defines) {
    nlohmann::json D = keyJson(Key);
    D["facts"] = Facts;
    Defines.push_back(std::move(D));
  }
  for (const FunctionKey &K : collected().Calls)
    if (!collected().Defines.count(K))
      Calls.push_back(keyJson(K));
  return {{"defines", std::move(Defines)}, {"calls", std::move(Calls)}};
}

// --- In the supervisor -----------------------------------------------------------------------

std::string unitSummariesFromJson(const nlohmann::json &J, const std::string &Unit,
                                  UnitSummaries &Out) {
  try {
    for (const nlohmann::json &D : J.at("defines")) {
      Definition Def;
      Def.Key = {D.at("name").get<std::string>(), D.at("params").get<std::vector<std::string>>()};
      Def.Facts = D.at("facts").get<std::vector<std::string>>();
      Def.Source = Unit;
      Out.Defines.push_back(std::move(Def));
    }
    for (const nlohmann::json &C : J.at("calls"))
      Out.Calls.push_back(
          {C.at("name").get<std::string>(), C.at("params").get<std::vector<std::string>>()});
  } catch (const nlohmann::json::exception &E) {
    return std::string("unreadable cross-unit summaries: ") + E.what();
  }
  return "";
}

SummaryTable buildSummaryTable(const std::vector<std::optional<UnitSummaries>> &Units,
                               const std::vector<Definition> &FromFiles) {
  std::map<FunctionKey, std::vector<const Definition *>> ByKey;
  for (const std::optional<UnitSummaries> &U : Units)
    if (U)
      for (const Definition &D : U->Defines)
        ByKey[D.Key].push_back(&D);
  std::set<FunctionKey> InUnits;
  for (const auto &[Key, Defs] : ByKey)
    InUnits.insert(Key);
  for (const Definition &D : FromFiles)
    if (!InUnits.count(D.Key))
      ByKey[D.Key].push_back(&D);
  SummaryTable T;
  for (const auto &[Key, Defs] : ByKey) {
    std::set<std::vector<std::string>> Distinct;
    for (const Definition *D : Defs) {
      Distinct.insert(D->Facts);
      T.DefinedBy[Key].push_back(D->Source);
    }
    if (Distinct.size() > 1) {
      SummaryConflict C{Key, {}};
      for (const Definition *D : Defs)
        C.Definitions.push_back(*D);
      T.Conflicts.push_back(std::move(C));
    } else if (!Defs.front()->Facts.empty()) {
      T.Agreed[Key] = Defs.front()->Facts;
    }
  }
  return T;
}

std::map<FunctionKey, std::vector<std::string>> summariesUsedBy(const UnitSummaries &U,
                                                               const SummaryTable &Table) {
  std::map<FunctionKey, std::vector<std::string>> Used;
  for (const FunctionKey &K : U.Calls)
    if (auto It = Table.Agreed.find(K); It != Table.Agreed.end())
      Used[K] = It->second;
  return Used;
}

nlohmann::ordered_json summaryModel(const std::map<FunctionKey, std::vector<std::string>> &Summaries,
                                    const std::map<FunctionKey, std::string> &Comments) {
  // Parameter patterns match as substrings ("int" also matches "unsigned int"): of the overloads
  // of one name, the longest patterns come first, and the first matching entry decides.
  std::vector<const std::pair<const FunctionKey, std::vector<std::string>> *> Order;
  for (const auto &Entry : Summaries)
    Order.push_back(&Entry);
  auto Length = [](const FunctionKey &K) {
    size_t N = 0;
    for (const std::string &P : K.Params)
      N += P.size();
    return N;
  };
  std::stable_sort(Order.begin(), Order.end(), [&](const auto *A, const auto *B) {
    if (A->first.Name != B->first.Name)
      return A->first.Name < B->first.Name;
    return Length(A->first) > Length(B->first);
  });
  nlohmann::ordered_json Functions = nlohmann::ordered_json::array();
  for (const auto *Entry : Order) {
    nlohmann::ordered_json F = {
        {"name", Entry->first.Name}, {"params", Entry->first.Params}, {"facts", Entry->second}};
    if (auto It = Comments.find(Entry->first); It != Comments.end())
      F["comment"] = It->second;
    Functions.push_back(std::move(F));
  }
  return {{"schema_version", ::tensorlife::ModelSchemaVersion},
          {"name", "tensorlife-scan-summaries"},
          {"description", "What functions do on every path, summarised from their bodies by "
                          "tensorlife-scan --export-model (docs/scan.md)."},
          {"functions", std::move(Functions)}};
}

std::string readSummaryFile(const std::string &Path, std::vector<Definition> &Out) {
  std::string Text;
  std::shared_ptr<const ::tensorlife::ModelSet> Model;
  if (std::string Error = parseSummaryFile(Path, Text, Model); !Error.empty())
    return Error;
  // Valid as a model: read its entries as summaries.
  nlohmann::json J = nlohmann::json::parse(Text, nullptr, /*allow_exceptions=*/false);
  if (J.is_discarded() || !J.is_object())
    return "summaries file '" + Path + "': invalid JSON";
  const nlohmann::json &Functions = J.value("functions", nlohmann::json::array());
  for (size_t I = 0; I < Functions.size(); ++I) {
    const nlohmann::json &F = Functions[I];
    std::string Where = "summaries file '" + Path + "': /functions/" + std::to_string(I);
    if (!F.contains("params") || !F["params"].is_array())
      return Where + ": no \"params\" array of parameter types (a summary names its overload; a "
                     "model written by hand belongs in the ModelFiles option)";
    Definition D;
    D.Key.Name = F["name"].get<std::string>();
    D.Key.Params = F["params"].get<std::vector<std::string>>();
    if (std::string E = normalizedFacts(F["facts"].get<std::vector<std::string>>(), D.Facts);
        !E.empty())
      return Where + ": " + E;
    D.Source = Path;
    Out.push_back(std::move(D));
  }
  return "";
}

} // namespace tensorlife::scan
