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
};

struct NoteRecord {
  Position At;
  std::string Message;
};

struct FindingRecord {
  std::string Check;
  std::string Severity; ///< "warning" or "error" (WarningsAsErrors)
  Position At;
  std::string Message;
  std::vector<NoteRecord> Notes;
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
  bool Cached = false;
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

struct Report {
  std::string ToolVersion, LlvmVersion;
  std::string Root;
  std::optional<std::string> Database;
  unsigned ShardIndex = 0, ShardCount = 0;
  std::vector<std::string> MergedFrom;
  bool Interrupted = false;
  std::optional<std::string> BaselinePath;
  unsigned BaselineMatched = 0;
  unsigned ExcludedFindings = 0;
  std::vector<ModelRecord> Models;
  std::vector<std::string> Checks;
  std::vector<TuRecord> Units;
  std::vector<FindingRecord> Findings;

  /// Translation units that were not analysed (failed to parse, crashed, timed out, interrupted).
  unsigned incompleteUnits() const;
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
