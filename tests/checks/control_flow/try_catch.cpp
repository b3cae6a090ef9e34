// try/catch: a handler is reached from any point in the try block that can throw, so an end
// before a throwing call reaches the handler; code after the handler that returns does not.
#include "tensorlife_test_api.h"

void mayThrow();

void releasedThenThrowingCall() {
  api::Tensor t = api::ones(3);
  try {
    api::release(t);
    mayThrow();
    t = api::ones(3);
  } catch (...) {
    api::print(t);
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: 't' is read after it was released [tensorlife-use-after-release]
    // CHECK-NOTES: :[[@LINE-6]]:5: note: 't' was released here
  }
}

void closedThenThrow(bool bad, api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  try {
    if (bad) {
      sess.close();
      throw 1;
    }
  } catch (int) {
    api::print(out);
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
    // CHECK-NOTES: :[[@LINE-6]]:7: note: session 'sess' was closed here
    // CHECK-NOTES: :[[@LINE-8]]:9: note: assuming this condition is true
  }
}

void closedInHandlerThenRead(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  try {
    mayThrow();
  } catch (...) {
    sess.close();
  }
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-4]]:5: note: session 'sess' was closed here
}

// Looks similar but is fine: the handler returns, so the close in it cannot reach the read.
void handlerReturns(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  try {
    mayThrow();
  } catch (...) {
    sess.close();
    return;
  }
  api::print(out);
}

// Looks similar but is fine: the read in the handler happens before anything in the try ends.
void readInHandlerBeforeRelease() {
  api::Tensor t = api::ones(3);
  try {
    mayThrow();
    api::release(t);
  } catch (...) {
    api::print(t);
  }
}
