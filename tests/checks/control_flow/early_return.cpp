// Early returns cut paths: a close on a path that has returned cannot reach a later use.
#include "tensorlife_test_api.h"

// Looks similar but is fine: the close is only on a path that returns.
void closeAndReturn(bool failed, api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  if (failed) {
    sess.close();
    return;
  }
  api::print(out);
}

// Looks similar but is fine: the release is only on a path that returns.
float releaseAndReturn(bool empty) {
  api::Tensor t = api::ones(3);
  if (empty) {
    api::release(t);
    return 0;
  }
  return t.at(0);
}

void returnOnTheOtherPath(bool failed, api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  if (failed)
    return;
  sess.close();
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
}
