// Ends inside `&&`, `||` and `?:` happen only on some paths; the analysis follows them like
// branches (no branch note: only `if` gets one).
#include "tensorlife_test_api.h"

bool closeAndReport(api::Session &s);

void closedInAnd(bool done, api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  bool ok = done && (sess.close(), true);
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:22: note: session 'sess' was closed here
  (void)ok;
}

void releasedInConditionalOperator(bool drop) {
  api::Tensor t = api::ones(3);
  drop ? api::release(t) : api::print(t);
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:10: note: 't' was released here
}

// Looks similar but is fine: the read is on the other side of the `?:`.
void readOnTheOtherSide(bool drop) {
  api::Tensor t = api::ones(3);
  drop ? api::release(t) : api::print(t);
}

// Looks similar but is fine: `||` reads first, and closes only after.
void readThenMaybeClose(bool keep, api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  api::print(out);
  bool kept = keep || (sess.close(), false);
  (void)kept;
}
