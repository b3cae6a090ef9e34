// The scan report: what the JSON report holds (docs/scan-report.schema.json), built by a scan or
// a merge, written as JSON and SARIF and as clang-tidy text.
#ifndef TENSORLIFE_SCAN_REPORT_H
#define TENSORLIFE_SCAN_REPORT_H

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <tuple>
#include <string>
#include <vector>

namespace tensorlife::scan {

/// A place in a file. File is a report path ("" when the diagnostic has no location).
struct Position {
  std::string File;
  unsigned Line = 0, Column = 0;
  std::string LineText;
  unsigned Offset = 0; ///< bytes from the start of the file (clang-tidy's FileOffset)
};

/// A fix-it: replace Length bytes at Offset of File (a report path) by Text.
struct ReplacementRecord {
  std::string File;
  unsigned Offset = 0, Length = 0;
  std::string Text;
};

struct NoteRecord {
  Position At;
  std::string Message;
  std::vector<ReplacementRecord> Fixes;
};

struct FindingRecord {
  std::string Check;
  std::string Severity; ///< "warning" or "error" (WarningsAsErrors)
  Position At;
  std::string Message;
  std::vector<NoteRecord> Notes;
  std::vector<ReplacementRecord> Fixes;
  std::string Fingerprint;
  std::string TranslationUnit; ///< report path of the (first) unit that reported it
  std::string Text;            ///< as clang-tidy prints it
};

struct CompileErrorRecord {
  Position At;
  std::string Message;
  std::string Text;
};

struct TuRecord {
  std::string File; ///< report path
  std::string Directory;
  std::string Status; ///< analysed, failed_to_parse, crashed, timed_out, out_of_memory, interrupted
  std::string Reason;
  double Seconds = 0;
  /// off; miss (analysed); hit (its preprocessed inputs matched a stored result); direct (the
  /// headers it read last time are unchanged: nothing was preprocessed).
  std::string Cache = "off";
  bool cached() const { return Cache == "hit" || Cache == "direct"; }
  unsigned Findings = 0;
  std::vector<std::string> DroppedFlags;
  std::vector<CompileErrorRecord> Errors;
  std::map<std::string, unsigned> Suppressed;
};

struct ModelRecord {
  std::string Kind; ///< "builtin", "model_file" or "annotations"
  std::string Path; ///< report path; "<built-in NAME>" for a built-in model
  std::optional<std::string> Sha256;
  unsigned Facts = 0;      ///< annotations
  std::string OptionValue; ///< model_file: as written in the check option
  bool operator<(const ModelRecord &O) const {
    return std::tie(Kind, Path, Sha256, OptionValue) < std::tie(O.Kind, O.Path, O.Sha256, O.OptionValue);
  }
};

/// A configuration problem (docs/scan.md): the scan analysed nothing.
struct ConfigErrorRecord {
  std::string Message;
  std::vector<std::string> TranslationUnits; ///< report paths of the units it concerns
};

/// The analysis across translation units (CrossUnit.h), of a scan without --single-phase.
struct CrossUnitRecord {
  unsigned Rounds = 0;     ///< analyses of the whole, the first included
  bool Converged = true;   ///< false: MaxSummaryRounds were not enough
  unsigned Summaries = 0;  ///< functions with a summary other units can use
  unsigned Reanalysed = 0; ///< analyses of units again, with the summaries they use
  std::vector<std::string> SummaryFiles; ///< --summaries
  struct Definition {
    std::string Source; ///< a unit's report path, or a summaries file
    std::vector<std::string> Facts;
  };
  struct Conflict {
    std::string Name;
    std::vector<std::string> Params;
    std::vector<Definition> Definitions;
  };
  std::vector<Conflict> Conflicts;
};

struct Report {
  std::string ToolVersion, LlvmVersion;
  std::string Root;
  std::optional<std::string> Database;
  unsigned ShardIndex = 0, ShardCount = 0;
  unsigned SelectedUnits = 0; ///< a shard's: units selected in all shards together
  std::vector<std::string> MergedFrom;
  std::vector<std::string> MissingShards; ///< a merge's: "2/3", ...
  unsigned MissingUnits = 0;              ///< a merge's: units of the split not in any input
  std::vector<ConfigErrorRecord> ConfigErrors;
  bool Interrupted = false;
  std::optional<std::string> BaselinePath;
  unsigned BaselineMatched = 0;
  unsigned ExcludedFindings = 0;
  std::vector<ModelRecord> Models;
  std::vector<std::string> Checks;
  std::vector<TuRecord> Units;
  std::vector<FindingRecord> Findings;
  std::optional<CrossUnitRecord> CrossUnit;
  /// --export-model's content (not part of the JSON report).
  std::optional<nlohmann::ordered_json> SummaryModel;

  /// Translation units that were not analysed (failed to parse, crashed, timed out, interrupted).
  unsigned incompleteUnits() const;
  /// Some unit was not analysed, or is missing (with its shard) from a merge.
  bool incomplete() const { return incompleteUnits() || MissingUnits || !MissingShards.empty(); }
};

/// Dedupes findings (a header's finding reported by several units counts once), sorts them and
/// assigns fingerprints over the whole set; sorts units, models and checks.
void finalize(Report &R);

/// Drops findings whose fingerprint is in \p Baseline; returns how many.
unsigned applyBaseline(Report &R, const std::vector<std::string> &Baseline);

nlohmann::ordered_json toJson(const Report &R);
/// Returns an error message or "".
std::string fromJson(const nlohmann::ordered_json &J, Report &R);

/// Reads a JSON report file. Returns an error message or "".
std::string readReport(const std::string &Path, Report &R);

} // namespace tensorlife::scan

#endif
