// A lambda that captures by reference reads the variable when it is called, not when it is made:
// calling it after the end is a read after the end. The warning is at the read in the lambda's
// body (once, however many bad calls), with a note at the end and one at the call that runs it.
// XFAIL: a lambda that releases a captured tensor does not end it at the call
#include "tensorlife_test_api.h"

void calledAfterClose(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  auto show = [&] { api::print(out); };
  // CHECK-NOTES: :[[@LINE-1]]:32: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE+3]]:3: note: session 'sess' was closed here
  // CHECK-NOTES: :[[@LINE+3]]:3: note: the lambda is called here
  show();
  sess.close();
  show();
}

void explicitReferenceCaptureAfterRelease() {
  api::Tensor t = api::ones(3);
  auto first = [&t] { return t.at(0); };
  // CHECK-NOTES: :[[@LINE-1]]:30: warning: 't' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE+2]]:3: note: 't' was released here
  // CHECK-NOTES: :[[@LINE+2]]:13: note: the lambda is called here
  api::release(t);
  float x = first();
  (void)x;
}

void lambdaThatReleases() {
  api::Tensor t = api::ones(3);
  auto drop = [&] { api::release(t); };
  drop();
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:21: note: 't' was released here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: the lambda is called here
}

// Looks similar but is fine: only called while the session is open.
void calledBeforeClose(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  auto show = [&] { api::print(out); };
  show();
  show();
  sess.close();
}

// Looks similar but is fine: made after the close, but never called after it; the variable it
// captures is re-assigned first.
void reassignedBeforeTheCall(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  auto show = [&] { api::print(out); };
  sess.close();
  out = api::ones(3);
  show();
}

// Looks similar but is fine: a lambda that releases is made but not called before the read.
void releasingLambdaNotCalled() {
  api::Tensor t = api::ones(3);
  auto drop = [&] { api::release(t); };
  api::print(t);
  drop();
}
