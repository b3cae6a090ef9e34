#include "Interrupt.h"

#include <csignal>

namespace tensorlife::scan {
namespace {
volatile std::sig_atomic_t Requested = 0;
extern "C" void onInterrupt(int) { Requested = 1; }
} // namespace

void installInterruptHandlers() {
  struct sigaction Action = {};
  Action.sa_handler = onInterrupt;
  sigemptyset(&Action.sa_mask);
  sigaction(SIGINT, &Action, nullptr);
  sigaction(SIGTERM, &Action, nullptr);
}

bool interruptRequested() { return Requested != 0; }

} // namespace tensorlife::scan
