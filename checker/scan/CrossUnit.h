// Summaries across translation units (docs/scan.md, "Helpers in other files"). A function's
// summary is an API-model entry: its qualified name, its parameter types (canonical, so that
// overloads are told apart) and the facts its body makes on every path. Each worker summarises
// the externally visible functions its unit defines and lists the functions it calls without a
// definition; the supervisor gives a unit that calls a function summarised in another unit those
// summaries as an extra model and analyses it again, until nothing changes (MaxSummaryRounds).
#ifndef TENSORLIFE_SCAN_CROSSUNIT_H
#define TENSORLIFE_SCAN_CROSSUNIT_H

#include <nlohmann/json.hpp>

#include <map>
#include <tuple>
#include <optional>
#include <string>
#include <vector>

namespace tensorlife::scan {

/// Analyses of the whole scan, the first included: a chain of helpers across more files than
/// this is cut (its deepest summaries stay unknown).
constexpr unsigned MaxSummaryRounds = 4;

/// A function as model entries name it.
struct FunctionKey {
  std::string Name;
  std::vector<std::string> Params; ///< canonical parameter types
  bool operator<(const FunctionKey &O) const {
    return std::tie(Name, Params) < std::tie(O.Name, O.Params);
  }
  bool operator==(const FunctionKey &O) const { return Name == O.Name && Params == O.Params; }
  /// "app::teardown(tlrt::Session &)", for messages.
  std::string text() const;
};

/// One definition of a function: its summary (facts in printFact's spelling, sorted) and where
/// it comes from (a unit's report path, or a summaries file).
struct Definition {
  FunctionKey Key;
  std::vector<std::string> Facts;
  std::string Source;
};

// --- In the worker ---------------------------------------------------------------------------

/// Installs the checks' cross-unit hooks for this worker's unit: the model of \p SummariesFile
/// ("" for none) for the functions defined elsewhere, and, with \p Summarise, a summary of each
/// function defined in the main file. Returns an error for a summaries file that cannot be used.
std::string startCrossUnit(const std::string &SummariesFile, bool Summarise);

/// What the analysis collected: {"defines": [{"name", "params", "facts"}], "calls": [{"name",
/// "params"}]}.
nlohmann::json crossUnitResult();

// --- In the supervisor -----------------------------------------------------------------------

/// What one unit's latest analysis defines and calls (from its result's "cross_unit").
struct UnitSummaries {
  std::vector<Definition> Defines;
  std::vector<FunctionKey> Calls;
};
/// Returns an error for a malformed "cross_unit" object.
std::string unitSummariesFromJson(const nlohmann::json &J, const std::string &Unit,
                                  UnitSummaries &Out);

/// Two or more definitions of one function whose summaries differ (an ODR violation, or a file
/// compiled with different flags): reported, and the function left unknown.
struct SummaryConflict {
  FunctionKey Key;
  std::vector<Definition> Definitions;
};

/// Every definition known, and what each function's summary is when its definitions agree.
struct SummaryTable {
  std::map<FunctionKey, std::vector<std::string>> Agreed; ///< non-empty summaries only
  std::map<FunctionKey, std::vector<std::string>> DefinedBy; ///< key -> sources
  std::vector<SummaryConflict> Conflicts;
};

/// Definitions from the units of this scan take precedence over those of summaries files (an
/// earlier or another shard's scan).
SummaryTable buildSummaryTable(const std::vector<std::optional<UnitSummaries>> &Units,
                               const std::vector<Definition> &FromFiles);

/// The summaries unit \p U uses: of the functions it calls and does not define.
std::map<FunctionKey, std::vector<std::string>> summariesUsedBy(const UnitSummaries &U,
                                                               const SummaryTable &Table);

/// A model file (docs/model.schema.json) with one entry per summary; \p Comments: key -> comment.
nlohmann::ordered_json summaryModel(const std::map<FunctionKey, std::vector<std::string>> &Summaries,
                                    const std::map<FunctionKey, std::string> &Comments = {});

/// Reads a summaries (model) file into definitions. Returns an error message or "".
std::string readSummaryFile(const std::string &Path, std::vector<Definition> &Out);

} // namespace tensorlife::scan

#endif
