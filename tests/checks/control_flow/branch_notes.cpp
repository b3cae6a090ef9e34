// When an end reaches a use only on the paths through one branch of an `if`, the warning says so:
// after the end's note, a note at the start of that `if`'s condition tells which way it went (one
// note per enclosing `if` that does not also enclose the use, outermost first).
#include "tensorlife_test_api.h"

bool failed(const api::Tensor &t);

void closedInThenBranch(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  if (failed(out)) {
    sess.close();
  }
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-4]]:5: note: session 'sess' was closed here
  // CHECK-NOTES: :[[@LINE-6]]:7: note: assuming this condition is true
}

void releasedInElseBranch(bool cached) {
  api::Tensor t = api::ones(3);
  if (!cached) {
    api::print(t);
  } else {
    api::release(t);
  }
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:5: note: 't' was released here
  // CHECK-NOTES: :[[@LINE-8]]:7: note: assuming this condition is false
}

void endedOnBothBranches(bool fast, api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  if (fast)
    sess.close();
  else
    sess = api::Session();
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-5]]:5: note: session 'sess' was closed here
  // CHECK-NOTES: :[[@LINE-7]]:7: note: assuming this condition is true
  // CHECK-NOTES: :[[@LINE-5]]:5: note: session 'sess' was replaced here
  // CHECK-NOTES: :[[@LINE-9]]:7: note: assuming this condition is false
}

void releasedInElseIf(int mode) {
  api::Tensor t = api::ones(3);
  if (mode == 0)
    api::print(t);
  else if (mode == 1)
    api::release(t);
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:5: note: 't' was released here
  // CHECK-NOTES: :[[@LINE-7]]:7: note: assuming this condition is false
  // CHECK-NOTES: :[[@LINE-6]]:12: note: assuming this condition is true
}

// An unconditional end needs no branch note, even after an `if`.
void unconditionalCloseAfterAnIf(bool verbose, api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  if (verbose)
    api::print(out);
  sess.close();
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
}

// The use is in the same branch as the end: every path to it closes, so no branch note.
void useInTheSameBranch(bool done, api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  if (done) {
    sess.close();
    api::print(out);
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
    // CHECK-NOTES: :[[@LINE-3]]:5: note: session 'sess' was closed here
  }
}
