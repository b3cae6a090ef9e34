#include "SarifWriter.h"

#include "RuleCatalog.h"
#include "Version.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringRef.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

using json = nlohmann::ordered_json;

namespace tensorlife::scan {
namespace {

std::string percentEncode(const std::string &Path) {
  static const char *Hex = "0123456789ABCDEF";
  std::string Out;
  for (unsigned char C : Path) {
    if (std::isalnum(C) || C == '/' || C == '-' || C == '_' || C == '.' || C == '~')
      Out += static_cast<char>(C);
    else {
      Out += '%';
      Out += Hex[C >> 4];
      Out += Hex[C & 15];
    }
  }
  return Out;
}

json artifactLocation(const std::string &ReportPath) {
  if (!ReportPath.empty() && ReportPath[0] == '/')
    return {{"uri", "file://" + percentEncode(ReportPath)}};
  return {{"uri", percentEncode(ReportPath)}, {"uriBaseId", "%SRCROOT%"}};
}

/// UTF-16 code units in the UTF-8 bytes [Begin, End) of \p S.
unsigned utf16Units(const std::string &S, size_t Begin, size_t End) {
  unsigned Units = 0;
  for (size_t I = Begin; I < End && I < S.size(); ++I) {
    unsigned char C = S[I];
    if ((C & 0xC0) == 0x80)
      continue; // continuation byte
    Units += (C >= 0xF0) ? 2 : 1;
  }
  if (End > S.size())
    Units += End - std::max(Begin, S.size());
  return Units;
}

/// A region at a clang position: the token that starts there (an identifier or one character).
json region(const Position &P) {
  size_t Byte = P.Column ? P.Column - 1 : 0;
  const std::string &T = P.LineText;
  size_t End = Byte + 1;
  auto IsIdent = [](unsigned char C) { return std::isalnum(C) || C == '_'; };
  if (Byte < T.size() && IsIdent(T[Byte]))
    while (End < T.size() && IsIdent(T[End]))
      ++End;
  else
    while (End < T.size() && (static_cast<unsigned char>(T[End]) & 0xC0) == 0x80)
      ++End;
  unsigned StartColumn = utf16Units(T, 0, Byte) + 1;
  unsigned EndColumn = StartColumn + utf16Units(T, Byte, End);
  return {{"startLine", P.Line}, {"startColumn", StartColumn}, {"endLine", P.Line}, {"endColumn", EndColumn}};
}

json physicalLocation(const Position &P, const std::string &FallbackFile) {
  if (P.File.empty() || P.Line == 0) {
    // A diagnostic without a place (e.g. about the command line): attach it to the unit.
    return {{"artifactLocation", artifactLocation(P.File.empty() ? FallbackFile : P.File)},
            {"region", {{"startLine", 1}}}};
  }
  json Phys = {{"artifactLocation", artifactLocation(P.File)}, {"region", region(P)}};
  if (!P.LineText.empty())
    Phys["contextRegion"] = {{"startLine", P.Line}, {"endLine", P.Line}, {"snippet", {{"text", P.LineText}}}};
  return Phys;
}

/// SARIF message text: `[` `]` and `\\` are markup (embedded links), so literal ones are escaped.
std::string escapeText(const std::string &Text) {
  std::string Out;
  for (char C : Text) {
    if (C == '[' || C == ']' || C == '\\')
      Out += '\\';
    Out += C;
  }
  return Out;
}

/// The finding's message with a link to each note ("... ([session 'sess' was closed here](1))"),
/// so that viewers lead from the use to what ended its lifetime.
std::string linkedMessage(const FindingRecord &F) {
  std::string Text = escapeText(F.Message);
  if (F.Notes.empty())
    return Text;
  Text += " (";
  for (size_t I = 0; I < F.Notes.size(); ++I)
    Text += (I ? ", [" : "[") + escapeText(F.Notes[I].Message) + "](" + std::to_string(I + 1) + ")";
  return Text + ")";
}

/// The path of a finding as one thread flow: each end of the lifetime (a note), then the use.
json codeFlow(const FindingRecord &F) {
  json Steps = json::array();
  for (const NoteRecord &N : F.Notes)
    Steps.push_back({{"location", {{"physicalLocation", physicalLocation(N.At, F.TranslationUnit)},
                                   {"message", {{"text", escapeText(N.Message)}}}}}});
  Steps.push_back({{"location", {{"physicalLocation", physicalLocation(F.At, F.TranslationUnit)},
                                 {"message", {{"text", escapeText(F.Message)}}}}}});
  return {{"threadFlows", json::array({{{"locations", std::move(Steps)}}})}};
}

std::string fileUri(const std::string &Dir) {
  std::string U = "file://" + percentEncode(Dir);
  if (U.back() != '/')
    U += '/';
  return U;
}

} // namespace

json toSarif(const Report &R) {
  std::set<std::string> CheckSet(R.Checks.begin(), R.Checks.end());
  for (const FindingRecord &F : R.Findings)
    CheckSet.insert(F.Check);
  std::map<std::string, unsigned> RuleIndex;
  json Rules = json::array();
  for (const std::string &Check : CheckSet) {
    RuleInfo Info = ruleInfo(Check);
    RuleIndex[Check] = Rules.size();
    json Rule = {{"id", Check},
                 {"name", Info.Name},
                 {"shortDescription", {{"text", Info.ShortDescription}}},
                 {"fullDescription", {{"text", Info.FullDescription}}},
                 {"help", {{"text", Info.HelpText}, {"markdown", Info.HelpMarkdown}}},
                 {"defaultConfiguration", {{"level", "warning"}}}};
    if (!Info.HelpUri.empty())
      Rule["helpUri"] = Info.HelpUri;
    json Tags = json::array();
    llvm::StringRef Rest = Info.Tags;
    while (!Rest.empty()) {
      auto [Tag, Tail] = Rest.split(',');
      Tags.push_back(Tag.str());
      Rest = Tail;
    }
    Rule["properties"] = {{"tags", Tags}, {"precision", "high"}, {"problem.severity", "warning"}};
    Rules.push_back(std::move(Rule));
  }

  json Results = json::array();
  for (const FindingRecord &F : R.Findings) {
    json Result = {{"ruleId", F.Check},
                   {"ruleIndex", RuleIndex[F.Check]},
                   {"level", F.Severity == "error" ? "error" : "warning"},
                   {"message", {{"text", linkedMessage(F)}}},
                   {"locations", json::array({{{"physicalLocation", physicalLocation(F.At, F.TranslationUnit)}}})},
                   {"partialFingerprints", {{SarifFingerprintKey, F.Fingerprint}}}};
    if (!F.Notes.empty()) {
      json Related = json::array();
      unsigned Id = 1;
      for (const NoteRecord &N : F.Notes)
        Related.push_back({{"id", Id++},
                           {"message", {{"text", escapeText(N.Message)}}},
                           {"physicalLocation", physicalLocation(N.At, F.TranslationUnit)}});
      Result["relatedLocations"] = std::move(Related);
      Result["codeFlows"] = json::array({codeFlow(F)});
    }
    Results.push_back(std::move(Result));
  }

  json Notifications = json::array();
  for (const TuRecord &U : R.Units) {
    if (U.Status == "analysed")
      continue;
    std::string Text = "translation unit " + U.File + " was not analysed (" + U.Status + ")";
    if (!U.Reason.empty())
      Text += ": " + U.Reason;
    Notifications.push_back({{"level", "error"},
                             {"message", {{"text", Text}}},
                             {"locations", json::array({{{"physicalLocation", {{"artifactLocation", artifactLocation(U.File)}}}}})}});
  }
  for (const std::string &Shard : R.MissingShards)
    Notifications.push_back({{"level", "error"},
                             {"message", {{"text", "shard " + Shard + " is missing: its translation "
                                                   "units are not in this report"}}}});
  if (R.CrossUnit)
    for (const CrossUnitRecord::Conflict &C : R.CrossUnit->Conflicts) {
      std::string Sources;
      for (const CrossUnitRecord::Definition &D : C.Definitions)
        Sources += (Sources.empty() ? "" : ", ") + D.Source;
      json N = {{"level", "warning"},
                {"message", {{"text", escapeText("function " + C.Name + "(" +
                                                 llvm::join(C.Params, ", ") +
                                                 ") has different summaries in " + Sources +
                                                 ": left unknown to the units that call it")}}}};
      bool InUnit = !C.Definitions.empty() &&
                    std::any_of(R.Units.begin(), R.Units.end(), [&](const TuRecord &U) {
                      return U.File == C.Definitions.front().Source;
                    });
      if (InUnit)
        N["locations"] = json::array(
            {{{"physicalLocation", {{"artifactLocation", artifactLocation(C.Definitions.front().Source)}}}}});
      Notifications.push_back(std::move(N));
    }
  json ConfigNotifications = json::array();
  for (const ConfigErrorRecord &E : R.ConfigErrors) {
    json N = {{"level", "error"}, {"message", {{"text", escapeText(E.Message)}}}};
    if (!E.TranslationUnits.empty())
      N["locations"] = json::array(
          {{{"physicalLocation", {{"artifactLocation", artifactLocation(E.TranslationUnits.front())}}}}});
    ConfigNotifications.push_back(std::move(N));
  }
  json Invocation = {
      {"executionSuccessful", !R.incomplete() && !R.Interrupted && R.ConfigErrors.empty()}};
  if (!Notifications.empty())
    Invocation["toolExecutionNotifications"] = std::move(Notifications);
  if (!ConfigNotifications.empty())
    Invocation["toolConfigurationNotifications"] = std::move(ConfigNotifications);

  json Driver = {{"name", ToolName},
                 {"informationUri", ToolHomepage},
                 {"version", R.ToolVersion},
                 {"semanticVersion", R.ToolVersion},
                 {"rules", std::move(Rules)}};
  json Run = {{"tool", {{"driver", std::move(Driver)}}},
              {"invocations", json::array({std::move(Invocation)})},
              {"originalUriBaseIds", {{"%SRCROOT%", {{"uri", fileUri(R.Root)}}}}},
              {"columnKind", "utf16CodeUnits"},
              {"results", std::move(Results)}};
  return {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
          {"version", "2.1.0"},
          {"runs", json::array({std::move(Run)})}};
}

} // namespace tensorlife::scan
