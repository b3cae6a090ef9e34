// Loops: what iteration N ends must not be used by iteration N+1; what each iteration makes
// fresh, or re-binds, is fine.
#include "tensorlife_test_api.h"

#include <vector>

void previousResultReleasedTooEarly(int steps) {
  api::Tensor prev = api::ones(3);
  for (int i = 0; i < steps; ++i) {
    api::Tensor next = api::scale(prev, 0.5f);
    api::release(prev);
    api::print(next);
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: 'next' is read after its input 'prev' was released [tensorlife-use-after-release]
    // CHECK-NOTES: :[[@LINE-3]]:5: note: 'prev' was released here
    prev = next;
  }
}

void sessionClosedAtTheEndOfEachIteration(api::Node n, int steps) {
  api::Session sess;
  for (int i = 0; i < steps; ++i) {
    api::print(sess.run(n));
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: session 'sess' is run after it was closed [tensorlife-use-after-close]
    // CHECK-NOTES: :[[@LINE+1]]:5: note: session 'sess' was closed here
    sess.close();
  }
}

void rangeForOverOneTensor(const std::vector<int> &ids) {
  api::Tensor shared = api::ones(3);
  for (int id : ids) {
    (void)id;
    api::print(shared);
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: 'shared' is read after it was released [tensorlife-use-after-release]
    // CHECK-NOTES: :[[@LINE+1]]:5: note: 'shared' was released here
    api::release(shared);
  }
}

// Looks similar but is fine: the result is read (materialised) before its input is released.
void materialisedBeforeRelease(int steps) {
  api::Tensor prev = api::ones(3);
  for (int i = 0; i < steps; ++i) {
    api::Tensor next = api::scale(prev, 0.5f);
    api::print(next);
    api::release(prev);
    prev = next;
  }
  api::print(prev);
}

// Looks similar but is fine: the loop reference is bound to a different element each iteration.
void rangeForReleasesEachElement(std::vector<api::Tensor> &batch) {
  for (api::Tensor &t : batch) {
    api::print(t);
    api::release(t);
  }
}

// Looks similar but is fine: do/while that re-opens the session at the top of every iteration.
void reopenedEachIteration(api::Node n, int steps) {
  api::Session sess;
  do {
    sess = api::Session();
    api::print(sess.run(n));
    sess.close();
  } while (--steps > 0);
}
