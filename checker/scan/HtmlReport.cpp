#include "HtmlReport.h"

#include "AtomicFile.h"
#include "HtmlAssets.h"
#include "SyntaxHighlight.h"
#include "Version.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Base64.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA256.h"

#include <algorithm>
#include <map>
#include <set>

namespace tensorlife::scan {
namespace {

/// One step of a finding's path: its notes in order, then the warning.
struct Step {
  const Position *At;
  const std::string *Message;
  bool IsWarning;
  unsigned Finding; ///< 1-based, in report order
  unsigned Number;  ///< 1-based within the finding
};

/// A source file with findings or notes, and its page.
struct FilePage {
  std::string Page; ///< "files/NNN-name.html"
  std::vector<std::string> Lines; ///< highlighted; empty when the file could not be read
  std::string Content;
  std::vector<size_t> LineStarts;
  std::string ReadError;
  std::map<unsigned, std::vector<const Step *>> StepsAt; ///< by line
  std::vector<unsigned> Findings; ///< warnings on this page
};

std::string sha256Base64(llvm::StringRef Text) {
  std::array<uint8_t, 32> Hash = llvm::SHA256::hash(
      llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t *>(Text.data()), Text.size()));
  return llvm::encodeBase64(Hash);
}

/// The head of every page. The policy forbids every load (no network, no file) and every script
/// but the page's own: text that escaped escaping still could not run.
std::string pageHead(const std::string &Title, const char *Script) {
  std::string ScriptSrc = Script ? "'sha256-" + sha256Base64(Script) + "'" : "'none'";
  return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'; script-src " + ScriptSrc + "\">"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
         "<title>" + htmlEscape(Title) + "</title><style>" + HtmlStyle + "</style></head>\n<body>\n";
}

std::string pageName(size_t Index, llvm::StringRef ReportPath) {
  std::string Name;
  for (char C : llvm::sys::path::filename(ReportPath))
    Name += llvm::isAlnum(C) || C == '.' || C == '-' || C == '_' ? C : '_';
  return "files/" + std::to_string(Index + 1) + "-" + Name + ".html";
}

std::string absoluteSource(const std::string &ReportPath, const std::string &Root) {
  if (llvm::sys::path::is_absolute(ReportPath))
    return ReportPath;
  llvm::SmallString<256> P(Root);
  llvm::sys::path::append(P, ReportPath);
  return std::string(P);
}

std::string anchor(const Step &S) {
  return "f" + std::to_string(S.Finding) + "s" + std::to_string(S.Number);
}

std::string plural(size_t N, const char *Word) {
  return std::to_string(N) + " " + Word + (N == 1 ? "" : "s");
}

class HtmlWriter {
public:
  HtmlWriter(const Report &R, const std::vector<std::string> *Baseline) : R(R) {
    if (Baseline)
      Known.insert(Baseline->begin(), Baseline->end());
    HasBaseline = Baseline != nullptr;
    collect();
  }

  std::string write(const std::string &Dir) {
    llvm::SmallString<256> Files(Dir);
    llvm::sys::path::append(Files, "files");
    if (std::error_code EC = llvm::sys::fs::create_directories(Files))
      return "cannot create '" + std::string(Files) + "': " + EC.message();
    for (const auto &[Path, File] : Pages) {
      llvm::SmallString<256> Out(Dir);
      llvm::sys::path::append(Out, File.Page);
      if (std::string Error = writeFileAtomically(Out, filePage(Path, File)); !Error.empty())
        return Error;
    }
    llvm::SmallString<256> Index(Dir);
    llvm::sys::path::append(Index, "index.html");
    return writeFileAtomically(Index, indexPage());
  }

private:
  bool isNew(const FindingRecord &F) const { return !Known.count(F.Fingerprint); }

  void collect() {
    Paths.resize(R.Findings.size());
    for (size_t I = 0; I < R.Findings.size(); ++I) {
      const FindingRecord &F = R.Findings[I];
      std::vector<Step> &Path = Paths[I];
      unsigned N = 0;
      for (const NoteRecord &Note : F.Notes)
        Path.push_back({&Note.At, &Note.Message, false, unsigned(I + 1), ++N});
      Path.push_back({&F.At, &F.Message, true, unsigned(I + 1), ++N});
    }
    std::set<std::string> Names;
    for (const std::vector<Step> &Path : Paths)
      for (const Step &S : Path)
        if (!S.At->File.empty() && S.At->Line)
          Names.insert(S.At->File);
    size_t Index = 0;
    for (const std::string &Name : Names) {
      FilePage &P = Pages[Name];
      P.Page = pageName(Index++, Name);
      std::string Error;
      if (readFile(absoluteSource(Name, R.Root), P.Content, Error)) {
        P.Lines = highlightCpp(P.Content);
        P.LineStarts.push_back(0);
        for (size_t C = 0; C < P.Content.size(); ++C)
          if (P.Content[C] == '\n')
            P.LineStarts.push_back(C + 1);
      } else {
        P.ReadError = Error;
      }
    }
    for (const std::vector<Step> &Path : Paths)
      for (const Step &S : Path)
        if (!S.At->File.empty() && S.At->Line) {
          FilePage &P = Pages[S.At->File];
          P.StepsAt[S.At->Line].push_back(&S);
          if (S.IsWarning)
            P.Findings.push_back(S.Finding);
        }
  }

  /// The link to a step from the index (\p FromPage null) or from a file page.
  std::string href(const Step &S, const FilePage *FromPage) const {
    if (S.At->File.empty() || !S.At->Line)
      return "";
    const FilePage &To = Pages.at(S.At->File);
    if (&To == FromPage)
      return "#" + anchor(S);
    return (FromPage ? "../" : "") + To.Page + "#" + anchor(S);
  }

  std::string position(const Position &P) const {
    if (P.File.empty())
      return "(no location)";
    return P.File + ":" + std::to_string(P.Line) + ":" + std::to_string(P.Column);
  }

  std::string bubble(const Step &S, const FilePage &On) const {
    const std::vector<Step> &Path = Paths[S.Finding - 1];
    const FindingRecord &F = R.Findings[S.Finding - 1];
    std::string H = "<div class=\"bubble " + std::string(S.IsWarning ? "warning" : "note") +
                    "\" id=\"" + anchor(S) + "\" style=\"margin-left:" +
                    std::to_string(S.At->Column ? S.At->Column - 1 : 0) + "ch\">";
    if (S.Number > 1)
      H += "<a class=\"nav\" href=\"" + htmlEscape(href(Path[S.Number - 2], &On)) +
           "\" title=\"previous step\">&#9664;</a>";
    H += "<span class=\"finding\">#" + std::to_string(S.Finding) + "</span><span class=\"step\">" +
         std::to_string(S.Number) + "</span>" + htmlEscape(*S.Message);
    if (S.IsWarning)
      H += " <span class=\"check\">[" + htmlEscape(F.Check) + "]</span>";
    if (S.Number < Path.size())
      H += "<a class=\"nav\" href=\"" + htmlEscape(href(Path[S.Number], &On)) +
           "\" title=\"next step\">&#9654;</a>";
    H += "</div>";
    if (S.IsWarning && !F.Fixes.empty())
      H += fixDiff(F, S.Finding);
    return H;
  }

  /// The fix-it as the lines it changes, before and after. Edits are grouped per file by the
  /// lines they touch.
  std::string fixDiff(const FindingRecord &F, unsigned Number) const {
    std::map<std::string, std::vector<const ReplacementRecord *>> ByFile;
    for (const ReplacementRecord &Fix : F.Fixes)
      ByFile[Fix.File].push_back(&Fix);
    std::string H = "<pre class=\"diff\" title=\"fix-it\" data-finding=\"" +
                    std::to_string(Number) + "\">";
    for (auto &[File, Edits] : ByFile) {
      std::sort(Edits.begin(), Edits.end(),
                [](const ReplacementRecord *A, const ReplacementRecord *B) { return A->Offset < B->Offset; });
      auto Page = Pages.find(File);
      H += htmlEscape("--- " + File + "\n+++ " + File + " (fixed)\n");
      if (Page == Pages.end() || Page->second.LineStarts.empty()) {
        for (const ReplacementRecord *E : Edits)
          H += htmlEscape("@ byte " + std::to_string(E->Offset) + ": replace " +
                          std::to_string(E->Length) + " bytes with \"" + E->Text + "\"\n");
        continue;
      }
      const FilePage &P = Page->second;
      auto LineOf = [&](size_t Offset) {
        return size_t(std::upper_bound(P.LineStarts.begin(), P.LineStarts.end(), Offset) -
                      P.LineStarts.begin()) - 1;
      };
      auto LineEnd = [&](size_t Line) {
        return Line + 1 < P.LineStarts.size() ? P.LineStarts[Line + 1] : P.Content.size();
      };
      for (size_t I = 0; I < Edits.size();) {
        size_t First = LineOf(Edits[I]->Offset), Last = LineOf(Edits[I]->Offset + Edits[I]->Length);
        size_t J = I + 1;
        while (J < Edits.size() && LineOf(Edits[J]->Offset) <= Last)
          Last = std::max(Last, LineOf(Edits[J]->Offset + Edits[J]->Length)), ++J;
        size_t Begin = P.LineStarts[First], End = LineEnd(Last);
        std::string Old = P.Content.substr(Begin, End - Begin), New;
        size_t At = Begin;
        for (size_t K = I; K < J; ++K) {
          if (Edits[K]->Offset < At || Edits[K]->Offset + Edits[K]->Length > End)
            break; // overlapping edits: shown as far as they apply
          New += P.Content.substr(At, Edits[K]->Offset - At) + Edits[K]->Text;
          At = Edits[K]->Offset + Edits[K]->Length;
        }
        New += P.Content.substr(At, End - At);
        H += htmlEscape("@@ line " + std::to_string(First + 1) + " @@\n");
        H += diffLines(Old, '-', "del") + diffLines(New, '+', "ins");
        I = J;
      }
    }
    return H + "</pre>";
  }

  static std::string diffLines(llvm::StringRef Text, char Sign, const char *Class) {
    std::string H;
    llvm::SmallVector<llvm::StringRef, 8> Lines;
    Text.rtrim('\n').split(Lines, '\n');
    for (llvm::StringRef L : Lines)
      H += std::string("<span class=\"") + Class + "\">" + Sign + " " + htmlEscape(L.rtrim('\r')) +
           "</span>\n";
    return H;
  }

  std::string filePage(const std::string &Path, const FilePage &P) const {
    std::string H = pageHead(Path + " - tensorlife", nullptr);
    H += "<p><a href=\"../index.html\">&#8592; all findings</a></p><h1>" + htmlEscape(Path) + "</h1>\n";
    H += "<p class=\"meta\">" + plural(P.Findings.size(), "warning") + " in this file</p>\n";
    if (!P.ReadError.empty())
      H += "<p class=\"banner\">The source is not readable now (" + htmlEscape(P.ReadError) +
           "); the lines below are as the scan saw them.</p>\n";
    bool Changed = false;
    for (const auto &[Line, Steps] : P.StepsAt)
      for (const Step *S : Steps)
        if (!P.Lines.empty() && sourceLine(P, Line) != S->At->LineText)
          Changed = true;
    if (Changed)
      H += "<p class=\"banner\">The file has changed since the scan: steps may point at the wrong "
           "lines.</p>\n";
    if (!P.Findings.empty()) {
      H += "<ol class=\"toc\">\n";
      for (unsigned I : P.Findings) {
        const Step &Last = Paths[I - 1].back();
        H += "<li><a href=\"#" + anchor(Last) + "\">line " + std::to_string(Last.At->Line) + ": " +
             htmlEscape(*Last.Message) + "</a></li>\n";
      }
      H += "</ol>\n";
    }
    H += "<table class=\"code\">\n";
    auto Row = [&](unsigned Line, const std::string &Code) {
      auto Steps = P.StepsAt.find(Line);
      bool Hit = Steps != P.StepsAt.end();
      H += "<tr id=\"L" + std::to_string(Line) + "\"" + (Hit ? " class=\"hit\"" : "") +
           "><td class=\"ln\"><a href=\"#L" + std::to_string(Line) + "\">" + std::to_string(Line) +
           "</a></td><td class=\"src\">" + Code + "</td></tr>\n";
      if (!Hit)
        return;
      std::vector<const Step *> Sorted = Steps->second;
      std::stable_sort(Sorted.begin(), Sorted.end(), [](const Step *A, const Step *B) {
        return std::tie(A->Finding, A->Number) < std::tie(B->Finding, B->Number);
      });
      H += "<tr class=\"events\"><td class=\"ln\"></td><td>";
      for (const Step *S : Sorted)
        H += bubble(*S, P) + "<br>";
      H += "</td></tr>\n";
    };
    if (!P.Lines.empty()) {
      for (size_t I = 0; I < P.Lines.size(); ++I)
        Row(I + 1, P.Lines[I]);
      // Steps past the end of the file (it changed since the scan).
      for (auto It = P.StepsAt.upper_bound(P.Lines.size()); It != P.StepsAt.end(); ++It)
        Row(It->first, htmlEscape(It->second.front()->At->LineText));
    } else {
      for (const auto &[Line, Steps] : P.StepsAt)
        Row(Line, htmlEscape(Steps.front()->At->LineText));
    }
    return H + "</table>\n</body></html>\n";
  }

  std::string sourceLine(const FilePage &P, unsigned Line) const {
    if (Line == 0 || Line > P.LineStarts.size())
      return "";
    size_t Begin = P.LineStarts[Line - 1];
    size_t End = P.Content.find('\n', Begin);
    std::string Text = P.Content.substr(Begin, End == std::string::npos ? End : End - Begin);
    if (!Text.empty() && Text.back() == '\r')
      Text.pop_back();
    return Text;
  }

  std::string indexPage() const {
    std::string H = pageHead("tensorlife report", HtmlIndexScript);
    unsigned New = 0;
    std::map<std::string, std::pair<unsigned, unsigned>> ByCheck, ByFile; // total, new
    for (const FindingRecord &F : R.Findings) {
      bool N = isNew(F);
      New += N;
      ByCheck[F.Check].first++, ByCheck[F.Check].second += N;
      ByFile[F.At.File].first++, ByFile[F.At.File].second += N;
    }
    unsigned Analysed = 0;
    for (const TuRecord &U : R.Units)
      Analysed += U.Status == "analysed";

    H += "<h1>tensorlife report</h1>\n<p class=\"meta\">" + htmlEscape(R.Root) + " &middot; " +
         htmlEscape(std::string(ToolName) + " " + R.ToolVersion + " (LLVM " + R.LlvmVersion + ")") +
         "</p>\n<p id=\"summary\">" + plural(R.Units.size(), "translation unit") + ": " +
         std::to_string(Analysed) + " analysed";
    if (Analysed != R.Units.size())
      H += ", <a href=\"#failed\">" + std::to_string(R.Units.size() - Analysed) + " not analysed</a>";
    H += "; " + plural(R.Findings.size(), "finding");
    if (HasBaseline)
      H += " (" + std::to_string(New) + " new, " + std::to_string(R.Findings.size() - New) +
           " in the baseline)";
    if (R.CrossUnit && !R.CrossUnit->Conflicts.empty())
      H += "; <a href=\"#conflicts\">" +
           plural(R.CrossUnit->Conflicts.size(), "function") + " with conflicting summaries</a>";
    H += "</p>\n";

    auto TotalsHead = [&](const char *Id, const char *What) {
      H += std::string("<table class=\"list\" id=\"") + Id + "\"><thead><tr><th>" + What +
           "</th><th class=\"num\">Findings</th>" + (HasBaseline ? "<th class=\"num\">New</th>" : "") +
           "</tr></thead><tbody>\n";
    };
    auto TotalsRow = [&](const std::string &Label, std::pair<unsigned, unsigned> Counts) {
      H += "<tr><td>" + Label + "</td><td class=\"num\">" + std::to_string(Counts.first) + "</td>" +
           (HasBaseline ? "<td class=\"num\">" + std::to_string(Counts.second) + "</td>" : "") +
           "</tr>\n";
    };
    H += "<h2>Totals</h2>\n<div class=\"totals\">\n";
    TotalsHead("by-check", "Check");
    for (const auto &[Check, Counts] : ByCheck)
      TotalsRow(htmlEscape(Check), Counts);
    H += "</tbody></table>\n";
    TotalsHead("by-file", "File");
    for (const auto &[File, Counts] : ByFile) {
      auto Page = Pages.find(File);
      TotalsRow(Page == Pages.end() ? htmlEscape(File.empty() ? "(no location)" : File)
                                    : "<a href=\"" + htmlEscape(Page->second.Page) + "\">" +
                                          htmlEscape(File) + "</a>",
                Counts);
    }
    H += "</tbody></table>\n</div>\n";

    H += "<h2>Findings</h2>\n<div class=\"filters\">";
    auto Select = [&](const char *Id, const char *Label, const std::vector<std::string> &Values) {
      H += std::string("<label>") + Label + " <select id=\"" + Id + "\"><option value=\"\">all</option>";
      for (const std::string &V : Values)
        H += "<option>" + htmlEscape(V) + "</option>";
      H += "</select></label>";
    };
    std::vector<std::string> Checks, Files;
    for (const auto &Entry : ByCheck)
      Checks.push_back(Entry.first);
    for (const auto &Entry : ByFile)
      Files.push_back(Entry.first);
    Select("filter-check", "Check", Checks);
    Select("filter-file", "File", Files);
    if (HasBaseline)
      Select("filter-status", "Status", {"new", "baseline"});
    H += "<label>Text <input id=\"filter-text\" type=\"search\"></label></div>\n";
    H += "<p id=\"shown\">" + std::to_string(R.Findings.size()) + " of " +
         std::to_string(R.Findings.size()) + " shown</p>\n";
    H += "<table class=\"list\" id=\"findings\"><thead><tr>"
         "<th data-column=\"id\" data-type=\"num\">#</th>";
    if (HasBaseline)
      H += "<th data-column=\"status\">Status</th>";
    H += "<th data-column=\"check\">Check</th><th data-column=\"file\">File</th>"
         "<th data-column=\"line\" data-type=\"num\">Line</th><th data-column=\"message\">Message</th>"
         "</tr></thead><tbody>\n";
    for (size_t I = 0; I < R.Findings.size(); ++I) {
      const FindingRecord &F = R.Findings[I];
      const char *Status = isNew(F) ? "new" : "baseline";
      H += "<tr id=\"finding-" + std::to_string(I + 1) + "\" data-check=\"" + htmlEscape(F.Check) +
           "\" data-file=\"" + htmlEscape(F.At.File) + "\"" +
           (HasBaseline ? std::string(" data-status=\"") + Status + "\"" : "") + "><td class=\"num\">" +
           std::to_string(I + 1) + "</td>";
      if (HasBaseline)
        H += std::string("<td class=\"status-") + Status + "\">" + Status + "</td>";
      H += "<td class=\"nowrap\">" + htmlEscape(F.Check) + "</td><td>" +
           htmlEscape(F.At.File.empty() ? "(no location)" : F.At.File) + "</td><td class=\"num\">" +
           std::to_string(F.At.Line) + "</td><td>";
      std::string Link = href(Paths[I].back(), nullptr);
      H += Link.empty() ? "<span>" + htmlEscape(F.Message) + "</span>"
                        : "<a href=\"" + htmlEscape(Link) + "\">" + htmlEscape(F.Message) + "</a>";
      if (!F.Fixes.empty())
        H += " <span class=\"fixtag\">fix-it</span>";
      if (!F.Notes.empty()) {
        H += "<ul class=\"notes\">";
        for (const NoteRecord &N : F.Notes)
          H += "<li>" + htmlEscape(position(N.At)) + ": " + htmlEscape(N.Message) + "</li>";
        H += "</ul>";
      }
      H += "</td></tr>\n";
    }
    H += "</tbody></table>\n";

    if (R.CrossUnit && !R.CrossUnit->Conflicts.empty())
      H += conflictsSection(R.CrossUnit->Conflicts);

    H += "<h2 id=\"failed\">Translation units not analysed</h2>\n";
    std::vector<const TuRecord *> Failed;
    for (const TuRecord &U : R.Units)
      if (U.Status != "analysed")
        Failed.push_back(&U);
    if (Failed.empty()) {
      H += "<p>None: every translation unit was analysed.</p>\n";
    } else {
      H += "<table class=\"list\" id=\"failed-units\"><thead><tr><th>File</th><th>Status</th>"
           "<th>Why</th></tr></thead><tbody>\n";
      for (const TuRecord *U : Failed) {
        std::string Why = U->Reason;
        for (const CompileErrorRecord &E : U->Errors)
          if (Why.find(E.Text) == std::string::npos)
            Why += (Why.empty() ? "" : "\n") + E.Text;
        H += "<tr><td>" + htmlEscape(U->File) + "</td><td>" + htmlEscape(U->Status) +
             "</td><td><pre class=\"reason\">" + htmlEscape(llvm::StringRef(Why).rtrim()) +
             "</pre></td></tr>\n";
      }
      H += "</tbody></table>\n";
    }
    return H + "<script>" + HtmlIndexScript + "</script>\n</body></html>\n";
  }

  /// Functions defined more than once with different summaries: unknown to their callers, so
  /// a bug through them is not reported (docs/scan.md, "Helpers in other files").
  static std::string conflictsSection(const std::vector<CrossUnitRecord::Conflict> &Conflicts) {
    std::string H = "<h2 id=\"conflicts\">Functions with conflicting summaries</h2>\n"
                    "<p>Defined more than once with different summaries (the one-definition rule "
                    "broken, or files compiled with different flags): each stays unknown to its "
                    "callers in other translation units.</p>\n"
                    "<table class=\"list\" id=\"summary-conflicts\"><thead><tr><th>Function</th>"
                    "<th>Definitions and their summaries</th></tr></thead><tbody>\n";
    for (const CrossUnitRecord::Conflict &C : Conflicts) {
      H += "<tr><td class=\"nowrap\">" +
           htmlEscape(C.Name + "(" + llvm::join(C.Params, ", ") + ")") + "</td><td><ul class=\"notes\">";
      for (const CrossUnitRecord::Definition &D : C.Definitions)
        H += "<li>" + htmlEscape(D.Source) + ": " +
             htmlEscape(D.Facts.empty() ? "(no fact on every path)" : llvm::join(D.Facts, ", ")) +
             "</li>";
      H += "</ul></td></tr>\n";
    }
    return H + "</tbody></table>\n";
  }

  const Report &R;
  std::set<std::string> Known;
  bool HasBaseline = false;
  std::vector<std::vector<Step>> Paths; ///< per finding
  std::map<std::string, FilePage> Pages; ///< by report path
};

} // namespace

std::string prepareHtmlDir(const std::string &Dir) {
  if (llvm::sys::fs::exists(Dir) && !llvm::sys::fs::is_directory(Dir))
    return "--html '" + Dir + "' exists and is not a directory";
  if (std::error_code EC = llvm::sys::fs::create_directories(Dir))
    return "cannot create --html directory '" + Dir + "': " + EC.message();
  llvm::SmallString<256> Probe(Dir);
  llvm::sys::path::append(Probe, "index.html");
  return checkWritable(Probe);
}

std::string writeHtmlReport(const Report &R, const std::string &Dir,
                            const std::vector<std::string> *Baseline) {
  std::string Error = HtmlWriter(R, Baseline).write(Dir);
  return Error.empty() ? "" : "HTML report: " + Error;
}

} // namespace tensorlife::scan
