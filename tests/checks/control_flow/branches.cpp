// A use is flagged when some path reaches it after the close/release, and only then. When the end
// is only on some paths because of an `if`, a note after the end's note says which way the
// condition went on the path to the use.
#include "tensorlife_test_api.h"

void use(const api::Tensor &);

void closedOnOneBranch(bool done, api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  if (done)
    sess.close();
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:5: note: session 'sess' was closed here
  // CHECK-NOTES: :[[@LINE-5]]:7: note: assuming this condition is true
}

void releasedOnElseBranch(bool keep) {
  api::Tensor t = api::ones(3);
  if (keep)
    use(t);
  else
    api::release(t);
  float x = t.at(0);
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: 't' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:5: note: 't' was released here
  // CHECK-NOTES: :[[@LINE-7]]:7: note: assuming this condition is false
  (void)x;
}

// Looks similar but is fine: the read is on the other branch.
void readOnTheOtherBranch(bool done, api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  if (done)
    sess.close();
  else
    api::print(out);
}

// Looks similar but is fine: both branches read before they close.
void readThenCloseOnBothBranches(bool fast, api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  if (fast) {
    api::print(out);
    sess.close();
  } else {
    api::print(out);
    api::print(out);
    sess.close();
  }
}
