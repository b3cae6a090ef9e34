#include "MergeCommand.h"

#include "AtomicFile.h"
#include "CommandStart.h"
#include "CrossUnit.h"
#include "Options.h"
#include "Outputs.h"
#include "Report.h"
#include "Version.h"
#include "version/VersionLine.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <map>
#include <set>

namespace tensorlife::scan {
namespace {

/// Whether \p Path holds summaries (a model file, as --export-model writes) rather than a report.
bool isSummariesFile(const std::string &Path) {
  std::string Content, Error;
  if (!readFile(Path, Content, Error))
    return false;
  nlohmann::json J = nlohmann::json::parse(Content, nullptr, /*allow_exceptions=*/false);
  return J.is_object() && !J.contains("tool") && J.contains("schema_version") &&
         J.contains("name");
}

/// Joins summaries files into one (--export-model): a function whose summaries differ between
/// them is reported and left out.
int mergeSummaries(const MergeOptions &Opts) {
  const OutputOptions &O = Opts.Out;
  if (O.ExportModel.empty()) {
    printError("merging summaries files needs --export-model FILE (see tensorlife-scan merge --help)");
    return ExitUsage;
  }
  if (!O.JsonOut.empty() || !O.SarifOut.empty() || !O.ExportFixes.empty() || !O.HtmlDir.empty() ||
      !O.Baseline.empty()) {
    printError("--json, --sarif, --export-fixes, --html and --baseline are for reports; summaries "
               "files merge into --export-model only");
    return ExitUsage;
  }
  std::vector<Definition> Definitions;
  for (const std::string &In : Opts.Inputs)
    if (std::string Error = readSummaryFile(In, Definitions); !Error.empty()) {
      printError(Error);
      return ExitUsage;
    }
  std::vector<std::string> Unused;
  if (std::string Error = prepareOutputs(O, Unused); !Error.empty()) {
    printError(Error);
    return ExitUsage;
  }
  SummaryTable Table = buildSummaryTable({}, Definitions);
  for (const SummaryConflict &C : Table.Conflicts) {
    std::string Sources;
    for (const Definition &D : C.Definitions)
      Sources += (Sources.empty() ? "" : ", ") + D.Source + " [" + llvm::join(D.Facts, ", ") + "]";
    printWarning("function " + C.Key.text() + " has different summaries: " + Sources +
                 "; left out");
  }
  std::string Error = writeOutputFile(
      O.ExportModel, summaryModel(Table.Agreed).dump(2, ' ', false,
                                                     nlohmann::ordered_json::error_handler_t::replace) +
                         "\n");
  if (!Error.empty()) {
    printError(Error);
    return ExitUsage;
  }
  llvm::errs() << ToolName << ": " << Table.Agreed.size() << " summaries from "
               << Opts.Inputs.size() << " files";
  if (!Table.Conflicts.empty())
    llvm::errs() << ", " << Table.Conflicts.size() << " in conflict (left out)";
  llvm::errs() << "\n";
  return 0;
}

} // namespace

int runMerge(const std::vector<std::string> &Args) {
  MergeOptions Opts;
  if (auto Exit = startCommand(parseMergeOptions(Args, Opts), mergeUsage(), "tensorlife-scan merge"))
    return *Exit;

  size_t Summaries = std::count_if(Opts.Inputs.begin(), Opts.Inputs.end(), isSummariesFile);
  if (Summaries == Opts.Inputs.size())
    return mergeSummaries(Opts);
  if (Summaries) {
    printError("cannot merge reports and summaries files together");
    return ExitUsage;
  }
  if (!Opts.Out.ExportModel.empty()) {
    printError("--export-model in a merge joins summaries files (written by a scan's "
               "--export-model), not reports");
    return ExitUsage;
  }

  std::vector<Report> Inputs(Opts.Inputs.size());
  for (size_t I = 0; I < Inputs.size(); ++I)
    if (std::string Error = readReport(Opts.Inputs[I], Inputs[I]); !Error.empty()) {
      printError(Error);
      return ExitUsage;
    }
  std::vector<std::string> Baseline;
  if (std::string Error = prepareOutputs(Opts.Out, Baseline); !Error.empty()) {
    printError(Error);
    return ExitUsage;
  }

  Report M;
  M.ToolVersion = ToolVersion;
  M.LlvmVersion = LLVM_VERSION_STRING;
  M.Root = Inputs.front().Root;
  M.MergedFrom = Opts.Inputs;
  std::set<std::pair<std::string, std::string>> SeenUnits;
  std::map<unsigned, std::set<unsigned>> Shards; // count -> indices
  std::map<unsigned, unsigned> SelectedUnits;     // count -> units in the split
  std::map<unsigned, unsigned> UnitsOfSplit;      // count -> units the inputs of the split have
  std::set<std::string> Databases;
  for (size_t I = 0; I < Inputs.size(); ++I) {
    Report &In = Inputs[I];
    if (In.ToolVersion != ToolVersion)
      printWarning("'" + Opts.Inputs[I] + "' was written by tensorlife-scan " + In.ToolVersion +
                   ", this is " + ToolVersion);
    if (In.Root != M.Root)
      printWarning("'" + Opts.Inputs[I] + "' was scanned under root '" + In.Root + "', not '" +
                   M.Root + "'; report paths are joined as they are");
    if (In.ShardCount) {
      if (!Shards[In.ShardCount].insert(In.ShardIndex).second)
        printWarning("shard " + std::to_string(In.ShardIndex) + "/" + std::to_string(In.ShardCount) +
                     " is given more than once");
      SelectedUnits[In.ShardCount] = std::max(SelectedUnits[In.ShardCount], In.SelectedUnits);
    }
    M.MissingShards.insert(M.MissingShards.end(), In.MissingShards.begin(), In.MissingShards.end());
    M.MissingUnits += In.MissingUnits;
    M.ConfigErrors.insert(M.ConfigErrors.end(), In.ConfigErrors.begin(), In.ConfigErrors.end());
    if (In.Database)
      Databases.insert(*In.Database);
    M.Interrupted |= In.Interrupted;
    M.ExcludedFindings += In.ExcludedFindings;
    if (In.BaselinePath) {
      M.BaselinePath = In.BaselinePath;
      M.BaselineMatched += In.BaselineMatched;
    }
    for (TuRecord &U : In.Units) {
      if (!SeenUnits.insert({U.File, U.Directory}).second) {
        printWarning(U.File + " is in more than one report; keeping the first");
        continue;
      }
      if (In.ShardCount)
        ++UnitsOfSplit[In.ShardCount];
      M.Units.push_back(std::move(U));
    }
    for (FindingRecord &F : In.Findings)
      M.Findings.push_back(std::move(F));
    if (In.CrossUnit) {
      if (!M.CrossUnit)
        M.CrossUnit.emplace();
      CrossUnitRecord &X = *M.CrossUnit;
      X.Rounds = std::max(X.Rounds, In.CrossUnit->Rounds);
      X.Converged &= In.CrossUnit->Converged;
      X.Summaries = std::max(X.Summaries, In.CrossUnit->Summaries);
      X.Reanalysed += In.CrossUnit->Reanalysed;
      for (const std::string &F : In.CrossUnit->SummaryFiles)
        if (std::find(X.SummaryFiles.begin(), X.SummaryFiles.end(), F) == X.SummaryFiles.end())
          X.SummaryFiles.push_back(F);
      // Shards that saw the same definitions report the same conflict: it is listed once.
      for (CrossUnitRecord::Conflict &C : In.CrossUnit->Conflicts)
        if (std::none_of(X.Conflicts.begin(), X.Conflicts.end(), [&](const auto &Known) {
              return Known.Name == C.Name && Known.Params == C.Params;
            }))
          X.Conflicts.push_back(std::move(C));
    }
    M.Models.insert(M.Models.end(), In.Models.begin(), In.Models.end());
    M.Checks.insert(M.Checks.end(), In.Checks.begin(), In.Checks.end());
  }
  if (Databases.size() == 1)
    M.Database = *Databases.begin();
  for (const auto &[Count, Indices] : Shards) {
    if (Shards.size() > 1)
      printWarning("the reports come from different shard splits (/" + std::to_string(Count) + ")");
    std::vector<std::string> Missing;
    for (unsigned K = 1; K <= Count; ++K)
      if (!Indices.count(K)) {
        Missing.push_back(std::to_string(K));
        M.MissingShards.push_back(std::to_string(K) + "/" + std::to_string(Count));
      }
    // The units of the split that no input has: a missing shard's, or left out of a report.
    if (SelectedUnits[Count] > UnitsOfSplit[Count])
      M.MissingUnits += SelectedUnits[Count] - UnitsOfSplit[Count];
    if (Missing.size() == 1)
      printWarning("shard " + Missing.front() + "/" + std::to_string(Count) +
                   " is missing: its translation units are not in the merged report");
    else if (!Missing.empty())
      printWarning("shards " + llvm::join(Missing, ", ") + " of " + std::to_string(Count) +
                   " are missing: their translation units are not in the merged report");
  }
  // Fingerprints are recomputed over the joined findings, as one scan would have.
  finalize(M);
  return emitReport(M, Opts.Out, Opts.Out.Baseline.empty() ? nullptr : &Baseline);
}

} // namespace tensorlife::scan
