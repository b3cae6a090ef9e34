// What the analyses of one translation unit share: the API model, the user's options, and the
// summaries of helper functions computed so far.
#ifndef TENSORLIFE_CORE_ANALYSISCONTEXT_H
#define TENSORLIFE_CORE_ANALYSISCONTEXT_H

#include "core/ApiModel.h"
#include "core/Fact.h"
#include "core/Finding.h"

#include "clang/AST/Decl.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

#include <unordered_map>
#include <vector>

namespace tensorlife {

struct AnalysisOptions {
  /// Treat a call of a function with no model and no visible body that takes a tracked object by
  /// non-const pointer or reference as possibly releasing it.
  bool UnknownCallsMayRelease = false;
  /// Say (as remarks) why a function was not analysed or a construct was skipped.
  bool Debug = false;
  /// Print each analysed function's block states at the fixed point on stderr.
  bool DumpStates = false;
  /// Print each analysed function's lifetime events, block by block, on stderr.
  bool DumpEvents = false;
};

struct AnalysisContext {
  explicit AnalysisContext(ApiModel &Model) : Model(Model) {}

  ApiModel &Model;
  AnalysisOptions Options;

  /// Facts derived from the bodies of helper functions, as if they were annotated.
  /// Node-based: callers keep references to the facts.
  std::unordered_map<const clang::FunctionDecl *, std::vector<Fact>> Summaries;
  /// Of each function analyzeFunction analysed: the facts of its summary that hold on every path,
  /// what other translation units may be told (tensorlife-scan's summaries across units).
  std::unordered_map<const clang::FunctionDecl *, std::vector<Fact>> EveryPathSummaries;
  /// Helpers being summarised right now: a recursive call gets no summary.
  llvm::DenseSet<const clang::FunctionDecl *> InProgress;
  /// How deep summaries may nest (a helper calling a helper ...).
  static constexpr unsigned MaxSummaryDepth = 4;

  /// Debug remarks, in the order they were found.
  std::vector<Note> Remarks;
};

} // namespace tensorlife

#endif
