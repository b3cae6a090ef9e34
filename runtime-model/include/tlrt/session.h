// Sessions run graphs; their outputs live in the session's output arena, so
// closing or destroying the session frees them (the "sess.close();
// sess.run(c)" bug and its borrowed-output variant).
#ifndef TLRT_SESSION_H
#define TLRT_SESSION_H

#include "tlrt/annotations.h"
#include "tlrt/graph.h"
#include "tlrt/tensor.h"

#include <memory>

namespace tlrt {

namespace detail {
struct SessionState;
} // namespace detail

class TENSORLIFE("session") Session {
public:
  /// Shares `graph`, which may be destroyed first.
  explicit Session(const Graph &graph);
  /// Closes.
  ~Session();
  /// A moved-from Session is closed. Assigning closes the old session and
  /// makes the variable an open session again.
  Session(Session &&other) noexcept;
  Session &operator=(Session &&other) noexcept;

  /// Evaluates `node` now. The result is borrowed from the session: reading
  /// it after close() or destruction throws LifetimeError (use-after-close).
  /// Throws SessionClosed on a closed session.
  TENSORLIFE("run(this)")
  TENSORLIFE("result_borrows(this)") Tensor run(Node node);
  /// Releases every output; idempotent.
  TENSORLIFE("close(this)") void close();
  bool is_closed() const;
  /// 0 for a moved-from session.
  int id() const;

private:
  std::unique_ptr<detail::SessionState> State;
};

} // namespace tlrt

#endif // TLRT_SESSION_H
