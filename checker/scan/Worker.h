// Worker mode (`tensorlife-scan --worker JOB.json`, internal): analyses one translation unit
// in-process with clang-tidy's own driver code (runClangTidy: the project's .clang-tidy, check
// options, NOLINT, header filter) and the stock and tensorlife checks, and writes a JSON result:
//
//   { "status": "analysed" | "failed_to_parse", "reason": "...",
//     "findings": [Diag], "errors": [Diag],          // errors: the compiler's (clang-diagnostic-error)
//     "config_errors": ["message", ...],             // invalid check options, unusable model files
//     "checks": ["enabled check", ...],
//     "models": [{"kind", "path", "sha256", "facts" | "option_value"}],
//     "suppressed": {"nolint", "non_user_code", "check_filter", "line_filter"},
//     "cache": "hit" | "miss" | "off", "ast_built": bool,
//     "cross_unit": {"defines": [...], "calls": [...]} }  // when summarising (CrossUnit.h)
//   Diag = { "check", "level": "warning"|"error", "warning_as_error", "message", "file" (absolute,
//            "" when none), "line", "column", "offset", "line_text", "fixes": [Fix], "notes":
//            [{"message", "file", "line", "column", "offset", "line_text", "fixes"}], "text"
//            (exactly as clang-tidy prints it) }
//   Fix = { "file" (absolute), "offset", "length", "text" }
//
// With a cache directory, the worker preprocesses the unit, looks its result up by what it read,
// and records a manifest for the supervisor's direct-mode lookups (DirectCache.h).
//
// Running in its own process is what isolates the scan from a crash or a hang in one unit.
#ifndef TENSORLIFE_SCAN_WORKER_H
#define TENSORLIFE_SCAN_WORKER_H

#include <string>

namespace tensorlife::scan {

/// The exit status of a worker whose allocation failed (under --max-memory): out_of_memory.
constexpr int WorkerExitOutOfMemory = 75;

int runWorker(const char *Argv0, const std::string &JobPath);

} // namespace tensorlife::scan

#endif
