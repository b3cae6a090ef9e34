#include "Progress.h"

#include "llvm/Support/raw_ostream.h"

#include <unistd.h>

namespace tensorlife::scan {
namespace {

std::string duration(double Seconds) {
  long S = static_cast<long>(Seconds + 0.5);
  char Buffer[32];
  if (S >= 3600)
    snprintf(Buffer, sizeof Buffer, "%ld:%02ld:%02ld", S / 3600, S / 60 % 60, S % 60);
  else
    snprintf(Buffer, sizeof Buffer, "%ld:%02ld", S / 60, S % 60);
  return Buffer;
}

} // namespace

Progress::Progress(ProgressMode M, double IntervalSeconds, size_t Total)
    : Mode(M), Interval(IntervalSeconds), Total(Total), Start(Clock::now()), LastDraw(Start) {
  if (Mode == ProgressMode::Auto)
    Mode = ::isatty(2) ? ProgressMode::Tty : ProgressMode::Plain;
}

std::string Progress::line(size_t Done, size_t Findings, size_t NotAnalysed) const {
  double Elapsed = std::chrono::duration<double>(Clock::now() - Start).count();
  std::string L = "tensorlife-scan: " + std::to_string(Done) + "/" + std::to_string(Total) +
                  " translation units, " + std::to_string(Findings) + " finding" +
                  (Findings == 1 ? "" : "s");
  if (NotAnalysed)
    L += ", " + std::to_string(NotAnalysed) + " not analysed";
  L += ", " + duration(Elapsed) + " elapsed";
  if (Done > 0 && Done < Total)
    L += ", ETA " + duration(Elapsed / Done * (Total - Done));
  return L;
}

void Progress::update(size_t Done, size_t Findings, size_t NotAnalysed) {
  if (Mode == ProgressMode::None)
    return;
  auto Now = Clock::now();
  double SinceDraw = std::chrono::duration<double>(Now - LastDraw).count();
  if (Mode == ProgressMode::Tty) {
    if (Drew && SinceDraw < 0.1 && Done == LastDone)
      return;
    llvm::errs() << "\r\x1b[K" << line(Done, Findings, NotAnalysed);
    llvm::errs().flush();
  } else {
    // Plain: a line when the interval has passed and something changed since the last line.
    if (SinceDraw < Interval || Done == LastDone)
      return;
    llvm::errs() << line(Done, Findings, NotAnalysed) << "\n";
  }
  Drew = true;
  LastDraw = Now;
  LastDone = Done;
}

void Progress::finish(size_t Done, size_t Findings, size_t NotAnalysed) {
  if (Mode == ProgressMode::None)
    return;
  if (Mode == ProgressMode::Tty)
    llvm::errs() << "\r\x1b[K";
  llvm::errs() << line(Done, Findings, NotAnalysed) << "\n";
}

} // namespace tensorlife::scan
