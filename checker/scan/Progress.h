// Progress on stderr: on a terminal one line updated in place (units done / total, findings so
// far, units not analysed, ETA); otherwise a plain line every --progress-interval seconds.
#ifndef TENSORLIFE_SCAN_PROGRESS_H
#define TENSORLIFE_SCAN_PROGRESS_H

#include "Options.h"

#include <chrono>
#include <string>

namespace tensorlife::scan {

class Progress {
public:
  Progress(ProgressMode Mode, double IntervalSeconds, size_t Total);
  /// Called often; draws when due.
  void update(size_t Done, size_t Findings, size_t NotAnalysed);
  /// Final state; ends the terminal line.
  void finish(size_t Done, size_t Findings, size_t NotAnalysed);

private:
  std::string line(size_t Done, size_t Findings, size_t NotAnalysed) const;
  using Clock = std::chrono::steady_clock;
  ProgressMode Mode;
  double Interval;
  size_t Total;
  Clock::time_point Start, LastDraw;
  size_t LastDone = static_cast<size_t>(-1);
  bool Drew = false;
};

} // namespace tensorlife::scan

#endif
