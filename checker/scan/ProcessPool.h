// Runs worker processes, at most N at once, each with a deadline: a worker that crashes is
// reported as crashed, one that overruns its deadline is killed and reported as timed out, and
// the others go on. Each worker runs in its own process group with stdout/stderr in a log file,
// and, with a memory limit, under an address-space limit (RLIMIT_AS).
#ifndef TENSORLIFE_SCAN_PROCESSPOOL_H
#define TENSORLIFE_SCAN_PROCESSPOOL_H

#include <functional>
#include <string>
#include <vector>

namespace tensorlife::scan {

struct WorkerRun {
  std::vector<std::string> Argv; ///< Argv[0] is the executable
  std::string LogPath;
};

struct WorkerOutcome {
  enum Kind { Exited, Signaled, TimedOut, Interrupted, SpawnFailed } What = Exited;
  int ExitCode = 0;
  int Signal = 0;
  double Seconds = 0;
  std::string Error; ///< SpawnFailed
};

/// Runs \p Runs with at most \p Jobs in parallel, a per-run \p TimeoutSeconds (0: none) and a
/// per-run address-space limit of \p MaxMemoryBytes (0: none).
/// \p OnDone is called as each one ends; \p OnTick every few tens of milliseconds. Stops early,
/// killing what runs and reporting the rest as Interrupted, when \p ShouldStop returns true.
void runWorkers(const std::vector<WorkerRun> &Runs, unsigned Jobs, double TimeoutSeconds,
                uint64_t MaxMemoryBytes,
                const std::function<void(size_t, const WorkerOutcome &)> &OnDone,
                const std::function<void()> &OnTick, const std::function<bool()> &ShouldStop);

/// The last lines of a log file (at most \p MaxBytes), for a crash report.
std::string logTail(const std::string &Path, size_t MaxBytes = 3000);

} // namespace tensorlife::scan

#endif
