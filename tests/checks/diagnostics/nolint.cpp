// `// NOLINT(check)` silences that check's warning (and its notes) on its line; NOLINTNEXTLINE
// the next line's; a NOLINT for the other check silences nothing here.
// XFAIL: NOLINT on the close line also drops the warning's 'closed here' note
#include "tensorlife_test_api.h"

void silencedClose(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  sess.close();
  api::print(out); // NOLINT(tensorlife-use-after-close)
}

void silencedRelease() {
  api::Tensor t = api::ones(3);
  api::release(t);
  // NOLINTNEXTLINE(tensorlife-use-after-release)
  api::print(t);
}

void silencedByWildcard() {
  api::Tensor t = api::ones(3);
  api::release(t);
  api::print(t); // NOLINT(tensorlife-*)
}

void otherCheckNotSilenced(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  sess.close();
  api::print(out); // NOLINT(tensorlife-use-after-release)
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
}

void nolintOnTheEndDoesNotSilenceTheUse(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  sess.close(); // NOLINT(tensorlife-use-after-close)
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
}
