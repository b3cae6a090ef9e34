#include "Report.h"

#include "AtomicFile.h"
#include "Fingerprint.h"
#include "Version.h"

#include <algorithm>
#include <set>

using json = nlohmann::ordered_json;

namespace tensorlife::scan {
namespace {

const char *const Statuses[] = {"analysed",  "failed_to_parse", "crashed",
                                 "timed_out", "out_of_memory",   "interrupted"};

json positionJson(const Position &P) {
  return {{"file", P.File}, {"line", P.Line}, {"column", P.Column}, {"offset", P.Offset},
          {"line_text", P.LineText}};
}

void readPosition(const json &J, Position &P) {
  P.File = J.at("file").get<std::string>();
  P.Line = J.at("line").get<unsigned>();
  P.Column = J.at("column").get<unsigned>();
  P.Offset = J.value("offset", 0u);
  P.LineText = J.at("line_text").get<std::string>();
}

json fixesJson(const std::vector<ReplacementRecord> &Fixes) {
  json A = json::array();
  for (const ReplacementRecord &F : Fixes)
    A.push_back({{"file", F.File}, {"offset", F.Offset}, {"length", F.Length}, {"text", F.Text}});
  return A;
}

std::vector<ReplacementRecord> readFixes(const json &J) {
  std::vector<ReplacementRecord> Fixes;
  if (J.contains("fixes"))
    for (const json &F : J["fixes"])
      Fixes.push_back({F.at("file").get<std::string>(), F.at("offset").get<unsigned>(),
                       F.at("length").get<unsigned>(), F.at("text").get<std::string>()});
  return Fixes;
}

auto positionKey(const FindingRecord &F) {
  return std::tie(F.At.File, F.At.Line, F.At.Column, F.Check, F.Message);
}

std::string notesKey(const FindingRecord &F) {
  std::string K;
  for (const NoteRecord &N : F.Notes)
    K += N.At.File + ":" + std::to_string(N.At.Line) + ":" + std::to_string(N.At.Column) + ":" +
         N.Message + "\n";
  return K;
}

} // namespace

unsigned Report::incompleteUnits() const {
  unsigned N = 0;
  for (const TuRecord &U : Units)
    N += U.Status != "analysed";
  return N;
}

void finalize(Report &R) {
  std::sort(R.Findings.begin(), R.Findings.end(), [](const FindingRecord &A, const FindingRecord &B) {
    if (positionKey(A) != positionKey(B))
      return positionKey(A) < positionKey(B);
    if (notesKey(A) != notesKey(B))
      return notesKey(A) < notesKey(B);
    return A.TranslationUnit < B.TranslationUnit;
  });
  // Equal findings (same place, message and notes) from several units: keep the first.
  R.Findings.erase(std::unique(R.Findings.begin(), R.Findings.end(),
                               [](const FindingRecord &A, const FindingRecord &B) {
                                 return positionKey(A) == positionKey(B) && notesKey(A) == notesKey(B);
                               }),
                   R.Findings.end());
  assignFingerprints(R.Findings);

  std::stable_sort(R.Units.begin(), R.Units.end(), [](const TuRecord &A, const TuRecord &B) {
    return std::tie(A.File, A.Directory) < std::tie(B.File, B.Directory);
  });
  std::sort(R.Models.begin(), R.Models.end());
  R.Models.erase(std::unique(R.Models.begin(), R.Models.end(),
                             [](const ModelRecord &A, const ModelRecord &B) {
                               return !(A < B) && !(B < A);
                             }),
                 R.Models.end());
  std::sort(R.Checks.begin(), R.Checks.end());
  R.Checks.erase(std::unique(R.Checks.begin(), R.Checks.end()), R.Checks.end());
}

unsigned applyBaseline(Report &R, const std::vector<std::string> &Baseline) {
  std::set<std::string> Known(Baseline.begin(), Baseline.end());
  size_t Before = R.Findings.size();
  R.Findings.erase(std::remove_if(R.Findings.begin(), R.Findings.end(),
                                  [&](const FindingRecord &F) { return Known.count(F.Fingerprint); }),
                   R.Findings.end());
  unsigned Matched = Before - R.Findings.size();
  R.BaselineMatched += Matched;
  return Matched;
}

json toJson(const Report &R) {
  json J;
  J["schema_version"] = ReportSchemaVersion;
  J["tool"] = {{"name", ToolName}, {"version", R.ToolVersion}, {"llvm_version", R.LlvmVersion}};
  J["root"] = R.Root;
  J["compilation_database"] = R.Database ? json(*R.Database) : json(nullptr);
  J["shard"] = R.ShardCount ? json{{"index", R.ShardIndex}, {"count", R.ShardCount},
                                   {"selected_units", R.SelectedUnits}}
                            : json(nullptr);
  J["merged_from"] = R.MergedFrom;
  J["missing_shards"] = R.MissingShards;
  json Errors = json::array();
  for (const ConfigErrorRecord &E : R.ConfigErrors)
    Errors.push_back({{"message", E.Message}, {"translation_units", E.TranslationUnits}});
  J["errors"] = std::move(Errors);
  J["interrupted"] = R.Interrupted;
  J["baseline"] = R.BaselinePath ? json{{"path", *R.BaselinePath}, {"matched", R.BaselineMatched}}
                                 : json(nullptr);

  json Models = json::array();
  for (const ModelRecord &M : R.Models) {
    json E = {{"kind", M.Kind}, {"path", M.Path}, {"sha256", M.Sha256 ? json(*M.Sha256) : json(nullptr)}};
    if (M.Kind == "annotations")
      E["facts"] = M.Facts;
    else if (M.Kind == "model_file")
      E["option_value"] = M.OptionValue;
    Models.push_back(std::move(E));
  }
  J["models"] = std::move(Models);
  J["checks"] = R.Checks;
  if (R.CrossUnit) {
    const CrossUnitRecord &C = *R.CrossUnit;
    json Conflicts = json::array();
    for (const CrossUnitRecord::Conflict &K : C.Conflicts) {
      json Defs = json::array();
      for (const CrossUnitRecord::Definition &D : K.Definitions)
        Defs.push_back({{"source", D.Source}, {"facts", D.Facts}});
      Conflicts.push_back({{"name", K.Name}, {"params", K.Params}, {"definitions", std::move(Defs)}});
    }
    J["cross_unit"] = {{"rounds", C.Rounds},           {"converged", C.Converged},
                       {"summaries", C.Summaries},     {"reanalysed", C.Reanalysed},
                       {"summary_files", C.SummaryFiles}, {"conflicts", std::move(Conflicts)}};
  } else {
    J["cross_unit"] = nullptr;
  }

  json Summary = {{"translation_units", R.Units.size()}, {"findings", R.Findings.size()},
                  {"excluded_findings", R.ExcludedFindings}, {"baseline_matched", R.BaselineMatched},
                  {"missing_units", R.MissingUnits}};
  unsigned Cached = 0;
  for (const char *S : Statuses)
    Summary[S] = 0;
  for (const TuRecord &U : R.Units) {
    Summary[U.Status] = Summary[U.Status].get<unsigned>() + 1;
    Cached += U.cached();
  }
  Summary["cached"] = Cached;
  J["summary"] = std::move(Summary);

  json Units = json::array();
  for (const TuRecord &U : R.Units) {
    json Errors = json::array();
    for (const CompileErrorRecord &E : U.Errors) {
      json EJ = positionJson(E.At);
      EJ["message"] = E.Message;
      EJ["text"] = E.Text;
      Errors.push_back(std::move(EJ));
    }
    Units.push_back({{"file", U.File},
                     {"directory", U.Directory},
                     {"status", U.Status},
                     {"reason", U.Reason},
                     {"seconds", U.Seconds},
                     {"cached", U.cached()},
                     {"cache", U.Cache},
                     {"findings", U.Findings},
                     {"dropped_flags", U.DroppedFlags},
                     {"errors", std::move(Errors)},
                     {"suppressed", U.Suppressed}});
  }
  J["translation_units"] = std::move(Units);

  json Findings = json::array();
  for (const FindingRecord &F : R.Findings) {
    json FJ = positionJson(F.At);
    FJ["check"] = F.Check;
    FJ["severity"] = F.Severity;
    FJ["message"] = F.Message;
    json Notes = json::array();
    for (const NoteRecord &N : F.Notes) {
      json NJ = positionJson(N.At);
      NJ["message"] = N.Message;
      NJ["fixes"] = fixesJson(N.Fixes);
      Notes.push_back(std::move(NJ));
    }
    FJ["notes"] = std::move(Notes);
    FJ["fixes"] = fixesJson(F.Fixes);
    FJ["fingerprint"] = F.Fingerprint;
    FJ["translation_unit"] = F.TranslationUnit;
    FJ["text"] = F.Text;
    Findings.push_back(std::move(FJ));
  }
  J["findings"] = std::move(Findings);
  return J;
}

std::string fromJson(const json &J, Report &R) {
  try {
    if (!J.is_object())
      return "not a tensorlife-scan report (not a JSON object)";
    if (!J.contains("schema_version") || !J.contains("tool") ||
        J["tool"].value("name", "") != std::string(ToolName))
      return "not a tensorlife-scan report";
    int Version = J["schema_version"].get<int>();
    if (Version != ReportSchemaVersion)
      return "report schema_version " + std::to_string(Version) + " is not supported (this " +
             "tensorlife-scan reads version " + std::to_string(ReportSchemaVersion) + ")";
    R.ToolVersion = J["tool"].at("version").get<std::string>();
    R.LlvmVersion = J["tool"].at("llvm_version").get<std::string>();
    R.Root = J.at("root").get<std::string>();
    if (!J.at("compilation_database").is_null())
      R.Database = J["compilation_database"].get<std::string>();
    if (!J.at("shard").is_null()) {
      R.ShardIndex = J["shard"].at("index").get<unsigned>();
      R.ShardCount = J["shard"].at("count").get<unsigned>();
      R.SelectedUnits = J["shard"].value("selected_units", 0u);
    }
    R.MergedFrom = J.at("merged_from").get<std::vector<std::string>>();
    if (J.contains("missing_shards"))
      R.MissingShards = J["missing_shards"].get<std::vector<std::string>>();
    R.MissingUnits = J.at("summary").value("missing_units", 0u);
    if (J.contains("errors"))
      for (const json &E : J["errors"])
        R.ConfigErrors.push_back({E.at("message").get<std::string>(),
                                  E.at("translation_units").get<std::vector<std::string>>()});
    R.Interrupted = J.at("interrupted").get<bool>();
    if (!J.at("baseline").is_null()) {
      R.BaselinePath = J["baseline"].at("path").get<std::string>();
      R.BaselineMatched = J["baseline"].at("matched").get<unsigned>();
    }
    R.ExcludedFindings = J.at("summary").at("excluded_findings").get<unsigned>();
    for (const json &M : J.at("models")) {
      ModelRecord Rec;
      Rec.Kind = M.at("kind").get<std::string>();
      Rec.Path = M.at("path").get<std::string>();
      if (!M.at("sha256").is_null())
        Rec.Sha256 = M["sha256"].get<std::string>();
      Rec.Facts = M.value("facts", 0u);
      Rec.OptionValue = M.value("option_value", "");
      R.Models.push_back(std::move(Rec));
    }
    R.Checks = J.at("checks").get<std::vector<std::string>>();
    if (J.contains("cross_unit") && !J["cross_unit"].is_null()) {
      const json &X = J["cross_unit"];
      CrossUnitRecord C;
      C.Rounds = X.at("rounds").get<unsigned>();
      C.Converged = X.at("converged").get<bool>();
      C.Summaries = X.at("summaries").get<unsigned>();
      C.Reanalysed = X.at("reanalysed").get<unsigned>();
      C.SummaryFiles = X.at("summary_files").get<std::vector<std::string>>();
      for (const json &K : X.at("conflicts")) {
        CrossUnitRecord::Conflict Conflict;
        Conflict.Name = K.at("name").get<std::string>();
        Conflict.Params = K.at("params").get<std::vector<std::string>>();
        for (const json &D : K.at("definitions"))
          Conflict.Definitions.push_back(
              {D.at("source").get<std::string>(), D.at("facts").get<std::vector<std::string>>()});
        C.Conflicts.push_back(std::move(Conflict));
      }
      R.CrossUnit = std::move(C);
    }
    for (const json &U : J.at("translation_units")) {
      TuRecord T;
      T.File = U.at("file").get<std::string>();
      T.Directory = U.at("directory").get<std::string>();
      T.Status = U.at("status").get<std::string>();
      if (std::find(std::begin(Statuses), std::end(Statuses), T.Status) == std::end(Statuses))
        return "unknown translation unit status '" + T.Status + "'";
      T.Reason = U.at("reason").get<std::string>();
      T.Seconds = U.at("seconds").get<double>();
      T.Cache = U.value("cache", U.at("cached").get<bool>() ? "hit" : "off");
      T.Findings = U.at("findings").get<unsigned>();
      T.DroppedFlags = U.at("dropped_flags").get<std::vector<std::string>>();
      for (const json &E : U.at("errors")) {
        CompileErrorRecord C;
        readPosition(E, C.At);
        C.Message = E.at("message").get<std::string>();
        C.Text = E.at("text").get<std::string>();
        T.Errors.push_back(std::move(C));
      }
      T.Suppressed = U.at("suppressed").get<std::map<std::string, unsigned>>();
      R.Units.push_back(std::move(T));
    }
    for (const json &F : J.at("findings")) {
      FindingRecord Rec;
      readPosition(F, Rec.At);
      Rec.Check = F.at("check").get<std::string>();
      Rec.Severity = F.at("severity").get<std::string>();
      Rec.Message = F.at("message").get<std::string>();
      for (const json &N : F.at("notes")) {
        NoteRecord Note;
        readPosition(N, Note.At);
        Note.Message = N.at("message").get<std::string>();
        Note.Fixes = readFixes(N);
        Rec.Notes.push_back(std::move(Note));
      }
      Rec.Fixes = readFixes(F);
      Rec.Fingerprint = F.at("fingerprint").get<std::string>();
      Rec.TranslationUnit = F.at("translation_unit").get<std::string>();
      Rec.Text = F.at("text").get<std::string>();
      R.Findings.push_back(std::move(Rec));
    }
  } catch (const json::exception &E) {
    return std::string("malformed report: ") + E.what();
  }
  return "";
}

std::string readReport(const std::string &Path, Report &R) {
  std::string Content, Error;
  if (!readFile(Path, Content, Error))
    return Error;
  json J = json::parse(Content, nullptr, /*allow_exceptions=*/false);
  if (J.is_discarded())
    return "'" + Path + "' is not valid JSON";
  Error = fromJson(J, R);
  if (!Error.empty())
    return "'" + Path + "': " + Error;
  return "";
}

} // namespace tensorlife::scan
