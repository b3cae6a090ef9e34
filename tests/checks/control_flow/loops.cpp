// Loops: a release late in one iteration reaches a use early in the next.
#include "tensorlife_test_api.h"

void releasedInThePreviousIteration(int steps) {
  api::Tensor t = api::ones(3);
  for (int i = 0; i < steps; ++i) {
    api::print(t);
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: 't' is read after it was released [tensorlife-use-after-release]
    // CHECK-NOTES: :[[@LINE+1]]:5: note: 't' was released here
    api::release(t);
  }
}

void runAfterCloseInALoop(int steps, api::Node n) {
  api::Session sess;
  while (steps-- > 0) {
    api::Tensor out = sess.run(n);
    // CHECK-NOTES: :[[@LINE-1]]:23: warning: session 'sess' is run after it was closed [tensorlife-use-after-close]
    // CHECK-NOTES: :[[@LINE+2]]:5: note: session 'sess' was closed here
    api::print(out);
    sess.close();
  }
}

// Looks similar but is fine: every iteration gets a fresh tensor before it releases it.
void freshTensorEachIteration(int steps) {
  for (int i = 0; i < steps; ++i) {
    api::Tensor t = api::ones(3);
    api::print(t);
    api::release(t);
  }
}

// Looks similar but is fine: re-assigned at the top of each iteration.
void reassignedEachIteration(int steps) {
  api::Tensor t;
  for (int i = 0; i < steps; ++i) {
    t = api::ones(3);
    api::print(t);
    api::release(t);
  }
}

// Looks similar but is fine: the session is closed after the loop.
void closeAfterTheLoop(int steps, api::Node n) {
  api::Session sess;
  for (int i = 0; i < steps; ++i)
    api::print(sess.run(n));
  sess.close();
}
