// Flow-sensitive lifetime analysis of one function body over Clang's CFG.
//
// Owners (sessions, buffers, scopes, tensors) have lifetimes; handles (tensors, views, lazy results,
// raw data pointers) borrow from owners. A forward may-analysis tracks, for each object, which
// lifetime ends can have reached it on some path; a `run`/`read` of an object that some end reached
// is a finding. All API knowledge comes from the ApiModel and from summaries of helper functions.
#ifndef TENSORLIFE_CORE_LIFETIMEANALYSIS_H
#define TENSORLIFE_CORE_LIFETIMEANALYSIS_H

#include "core/AnalysisContext.h"
#include "core/Expressions.h"
#include "core/Finding.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"

#include <vector>

namespace tensorlife {

/// Analyses one function definition. Findings are in source order, one per bad use and root cause.
/// A body that calls nothing modelled (directly or through a helper) costs one walk, no CFG. The
/// same pass summarises the function for its callers (see factsOfCallee), unless that was done.
std::vector<Finding> analyzeFunction(const clang::FunctionDecl &FD, clang::ASTContext &Ctx,
                                     AnalysisContext &AC);

/// The passes over one body: the solver to a fixed point, then (with \p Findings) the findings.
/// Returns the body's summary, empty when it could not be analysed. Without \p Findings (a
/// summary of a helper) nothing is reported. \p OnEveryPath, if given, gets the part of the
/// summary that holds on every path (FunctionEffects::factsOnEveryPath).
std::vector<Fact> analyseBody(const clang::FunctionDecl &FD, clang::ASTContext &Ctx,
                              AnalysisContext &AC, std::vector<Finding> *Findings,
                              std::vector<Fact> *OnEveryPath = nullptr);

/// The facts of a callee: its model, or else what its body (in this translation unit) does to its
/// parameters and returns, summarised once as if it were annotated. The reference stays valid as
/// long as \p AC does.
const std::vector<Fact> &factsOfCallee(const clang::FunctionDecl &FD, clang::ASTContext &Ctx,
                                       AnalysisContext &AC);

/// The facts of a call: its callee's (factsOfCallee), or for a call through a function table the
/// models' entry for the member.
const std::vector<Fact> &factsOfCall(const CallSite &C, clang::ASTContext &Ctx,
                                     AnalysisContext &AC);

} // namespace tensorlife

#endif
