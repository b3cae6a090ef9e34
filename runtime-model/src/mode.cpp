#include "tlrt/mode.h"

#include "terminate.h"

#include <atomic>
#include <cstdlib>
#include <cstring>

namespace tlrt {

static std::atomic<Mode> &current_mode() {
  static std::atomic<Mode> Current{[] {
    const char *Env = std::getenv("TLRT_MODE");
    return Env && std::strcmp(Env, "unchecked") == 0 ? Mode::Unchecked
                                                     : Mode::Checked;
  }()};
  return Current;
}

void set_mode(Mode mode) { current_mode() = mode; }

Mode mode() { return current_mode(); }

// Every buffer access calls mode(), so this translation unit is linked into
// every program that uses tlrt: install the exit contract here.
[[maybe_unused]] static const bool TerminateHandlerInstalled =
    (detail::install_terminate_handler(), true);

} // namespace tlrt
