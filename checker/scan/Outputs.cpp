#include "Outputs.h"

#include "AtomicFile.h"
#include "FixesExport.h"
#include "HtmlReport.h"
#include "SarifWriter.h"
#include "TextFormat.h"
#include "Version.h"

#include "llvm/Support/raw_ostream.h"

using json = nlohmann::ordered_json;

namespace tensorlife::scan {

void printError(const std::string &Message) {
  llvm::errs() << ToolName << ": error: " << Message << "\n";
}

void printWarning(const std::string &Message) {
  llvm::errs() << ToolName << ": warning: " << Message << "\n";
}

static std::string loadBaseline(const std::string &Path, std::vector<std::string> &Fingerprints) {
  Report Baseline;
  if (std::string Error = readReport(Path, Baseline); !Error.empty())
    return "baseline " + Error;
  for (const FindingRecord &F : Baseline.Findings)
    Fingerprints.push_back(F.Fingerprint);
  return "";
}

static std::string checkOutputPaths(const OutputOptions &O) {
  for (const std::string *P : {&O.JsonOut, &O.SarifOut, &O.ExportFixes, &O.ExportModel})
    if (!P->empty())
      if (std::string Error = checkWritable(*P); !Error.empty())
        return Error;
  return "";
}

std::string prepareOutputs(const OutputOptions &O, std::vector<std::string> &Baseline) {
  if (!O.Baseline.empty())
    if (std::string Error = loadBaseline(O.Baseline, Baseline); !Error.empty())
      return Error;
  if (!O.HtmlDir.empty())
    if (std::string Error = prepareHtmlDir(O.HtmlDir); !Error.empty())
      return Error;
  return checkOutputPaths(O);
}

int emitReport(Report &R, const OutputOptions &O, const std::vector<std::string> *Baseline) {
  bool WriteFailed = false;
  // Before the baseline is applied: the HTML report shows known findings too, marked as such.
  if (!O.HtmlDir.empty())
    if (std::string Error = writeHtmlReport(R, O.HtmlDir, Baseline); !Error.empty()) {
      printError(Error);
      WriteFailed = true;
    }
  if (Baseline) {
    R.BaselinePath = O.Baseline;
    applyBaseline(R, *Baseline);
  }
  auto Write = [&](const std::string &Path, const std::string &Content) {
    if (Path.empty())
      return;
    if (std::string Error = writeOutputFile(Path, Content); !Error.empty()) {
      printError(Error);
      WriteFailed = true;
    }
  };
  auto Dump = [](const json &J) { return J.dump(2, ' ', false, json::error_handler_t::replace) + "\n"; };
  Write(O.JsonOut, Dump(toJson(R)));
  Write(O.SarifOut, Dump(toSarif(R)));
  Write(O.ExportFixes, exportFixes(R));
  if (R.SummaryModel)
    Write(O.ExportModel, Dump(*R.SummaryModel));
  for (const ConfigErrorRecord &E : R.ConfigErrors) {
    const std::vector<std::string> &Units = E.TranslationUnits;
    printError(E.Message +
               (Units.empty() ? ""
                              : " (for " + Units.front() +
                                    (Units.size() > 1 ? " and " + std::to_string(Units.size() - 1) +
                                                            " more translation units"
                                                      : "") +
                                    ")"));
  }
  if (!R.ConfigErrors.empty()) {
    printError("the configuration is invalid: nothing was analysed");
    return ExitUsage;
  }
  if (O.Format == TextFormat::Text) {
    llvm::outs() << clangTidyText(R);
    llvm::outs().flush();
  }

  unsigned Incomplete = 0;
  for (const TuRecord &U : R.Units) {
    if (U.Status == "analysed" || U.Status == "interrupted")
      continue;
    ++Incomplete;
    printWarning(U.File + " was not analysed (" + U.Status + ")" +
                 (U.Reason.empty() ? "" : ": " + U.Reason.substr(0, U.Reason.find('\n'))));
  }
  unsigned Analysed = 0, Interrupted = 0, Cached = 0;
  for (const TuRecord &U : R.Units) {
    Analysed += U.Status == "analysed";
    Interrupted += U.Status == "interrupted";
    Cached += U.Status == "analysed" && U.cached();
  }
  std::string Summary = std::to_string(R.Units.size()) + " translation unit" +
                        (R.Units.size() == 1 ? "" : "s") + ": " + std::to_string(Analysed) + " analysed";
  if (Cached)
    Summary += " (" + std::to_string(Cached) + " from the cache)";
  if (Incomplete)
    Summary += ", " + std::to_string(Incomplete) + " not analysed";
  if (Interrupted)
    Summary += ", " + std::to_string(Interrupted) + " interrupted";
  if (R.MissingUnits)
    Summary += ", " + std::to_string(R.MissingUnits) + " missing";
  Summary += "; " + std::to_string(R.Findings.size()) + (R.BaselinePath ? " new" : "") + " finding" +
             (R.Findings.size() == 1 ? "" : "s");
  if (R.BaselinePath)
    Summary += " (" + std::to_string(R.BaselineMatched) + " in the baseline)";
  if (R.CrossUnit && R.CrossUnit->Reanalysed)
    Summary += "; " + std::to_string(R.CrossUnit->Reanalysed) +
               " analysed again with the summaries of other units (" +
               std::to_string(R.CrossUnit->Rounds) + " rounds)";
  llvm::errs() << ToolName << ": " << Summary << "\n";

  if (WriteFailed)
    return ExitUsage;
  if (R.Interrupted)
    return ExitInterrupted;
  if (!R.Findings.empty())
    return ExitFindings;
  if (O.FailOnIncomplete && R.incomplete())
    return ExitIncomplete;
  return ExitClean;
}

} // namespace tensorlife::scan
