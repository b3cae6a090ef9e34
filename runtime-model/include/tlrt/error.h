// The errors checked mode raises when data is used after its lifetime ended.
#ifndef TLRT_ERROR_H
#define TLRT_ERROR_H

#include <stdexcept>
#include <string>

namespace tlrt {

enum class LifetimeKind { UseAfterClose, UseAfterRelease };

/// "use-after-close" or "use-after-release".
const char *to_string(LifetimeKind kind);

/// A use of data whose lifetime ended. `message` (what()) names the use, the
/// kind and the culprit, e.g. "use-after-release: read of tensor #5 after input
/// tensor #3 was released by release()".
class LifetimeError : public std::runtime_error {
public:
  LifetimeError(LifetimeKind kind, std::string culprit,
                const std::string &message);

  LifetimeKind kind() const { return Kind; }
  /// What ended the lifetime, e.g. "session #1 was closed by Session::close()".
  const std::string &culprit() const { return Culprit; }

private:
  LifetimeKind Kind;
  std::string Culprit;
};

/// Session::run() on a closed session. what() starts with "Session is closed".
class SessionClosed : public LifetimeError {
public:
  SessionClosed(std::string culprit, const std::string &use);
};

} // namespace tlrt

#endif // TLRT_ERROR_H
