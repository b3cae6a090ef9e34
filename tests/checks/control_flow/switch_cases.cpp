// switch: each case is a path; fall-through carries an end into the next case.
#include "tensorlife_test_api.h"

void releasedInOneCase(int mode) {
  api::Tensor t = api::ones(3);
  switch (mode) {
  case 0:
    api::print(t);
    break;
  case 1:
    api::release(t);
    break;
  default:
    break;
  }
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-7]]:5: note: 't' was released here
}

void fallThroughAfterClose(int mode, api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  switch (mode) {
  case 0:
    sess.close();
    [[fallthrough]];
  case 1:
    api::print(out);
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
    // CHECK-NOTES: :[[@LINE-5]]:5: note: session 'sess' was closed here
    break;
  }
}

// Looks similar but is fine: the case that releases returns.
void releasingCaseReturns(int mode) {
  api::Tensor t = api::ones(3);
  switch (mode) {
  case 1:
    api::release(t);
    return;
  default:
    break;
  }
  api::print(t);
}

// Looks similar but is fine: the read is in another case, without fall-through.
void readInAnotherCase(int mode, api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  switch (mode) {
  case 0:
    sess.close();
    break;
  case 1:
    api::print(out);
    break;
  }
}
