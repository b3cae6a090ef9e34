#include "tlrt/error.h"

namespace tlrt {

const char *to_string(LifetimeKind kind) {
  switch (kind) {
  case LifetimeKind::UseAfterClose:
    return "use-after-close";
  case LifetimeKind::UseAfterRelease:
    return "use-after-release";
  }
  return "use-after-release";
}

LifetimeError::LifetimeError(LifetimeKind kind, std::string culprit,
                             const std::string &message)
    : std::runtime_error(message), Kind(kind), Culprit(std::move(culprit)) {}

SessionClosed::SessionClosed(std::string culprit, const std::string &use)
    : LifetimeError(LifetimeKind::UseAfterClose, culprit,
                    "Session is closed (use-after-close): " + use + " after " +
                        culprit) {}

} // namespace tlrt
