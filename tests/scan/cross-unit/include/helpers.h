// The project's tensor helpers: each is defined in its own file under helpers/, so that a check
// of one translation unit sees only these declarations.
#ifndef CROSS_UNIT_HELPERS_H
#define CROSS_UNIT_HELPERS_H

#include "mini_api.h" // tests/scan/fixture/include

namespace app {

/// Closes the session (helpers/teardown.cpp).
void teardown(mini::Session &s);
/// Deletes the session (helpers/destroy.cpp).
void destroy(mini::Session *s);
/// The first output of the session: a tensor that lives in it (helpers/outputs.cpp).
mini::Tensor first_output(mini::Session &s);
/// Closes the session through teardown(), defined in yet another file (helpers/shutdown.cpp).
void shutdown(mini::Session &s);
/// Closes the session only when asked to (helpers/maybe.cpp).
void maybe_close(mini::Session &s, bool really);
/// A tensor over a buffer local to it, dangling once it returns (helpers/staging.cpp).
mini::Tensor staged();
/// An overload that leaves the session open (helpers/outputs.cpp).
void teardown(mini::Session &s, int keep_open);

/// Closes it too, but called virtually: which override runs is not known (helpers/closer.cpp).
struct Closer {
  virtual ~Closer();
  virtual void close_it(mini::Session &s);
};

/// Names no model entry can spell (a conversion, operator new): not summarised, and no harm.
struct Handle {
  explicit operator bool() const;
  void *operator new(unsigned long size);
};

} // namespace app

#endif
