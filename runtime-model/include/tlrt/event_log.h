// A log of allocations, releases and closes: the debugging aid for "which call
// freed the buffer this read needs". TLRT_LOG=1 at startup logs to stderr.
#ifndef TLRT_EVENT_LOG_H
#define TLRT_EVENT_LOG_H

#include <atomic>
#include <mutex>
#include <ostream>
#include <string>
#include <vector>

namespace tlrt {

class EventLog {
public:
  /// Starts recording. Each event is also written to `echo` (if not null) as
  /// a line "tlrt: <event>".
  void enable(std::ostream *echo = nullptr);
  void disable();
  bool enabled() const { return Enabled; }

  /// Records `event` (e.g. "release tensor #3 (release())") when enabled.
  void record(const std::string &event);
  std::vector<std::string> events() const;
  void clear();

private:
  std::atomic<bool> Enabled{false};
  mutable std::mutex Mutex;
  std::ostream *Echo = nullptr;
  std::vector<std::string> Events;
};

/// The process-wide log.
EventLog &event_log();

} // namespace tlrt

#endif // TLRT_EVENT_LOG_H
