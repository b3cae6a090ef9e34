// `break` and `continue` cut and redirect paths: an end followed by `break` reaches the code after
// the loop, not the next iteration; `continue` skips the rest of the body.
#include "tensorlife_test_api.h"

void releasedThenBreakThenRead(int steps) {
  api::Tensor t = api::ones(3);
  for (int i = 0; i < steps; ++i) {
    if (i == 3) {
      api::release(t);
      break;
    }
    api::print(t);
  }
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-7]]:7: note: 't' was released here
  // CHECK-NOTES: :[[@LINE-9]]:9: note: assuming this condition is true
}

void continueSkipsTheReassignment(int steps) {
  api::Tensor t = api::ones(3);
  for (int i = 0; i < steps; ++i) {
    api::print(t);
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: 't' is read after it was released [tensorlife-use-after-release]
    // CHECK-NOTES: :[[@LINE+1]]:5: note: 't' was released here
    api::release(t);
    if (i % 2 == 0)
      continue;
    t = api::ones(3);
  }
}

// Looks similar but is fine: the release is followed by `break`, so no later iteration reads.
void releaseThenBreak(int steps) {
  api::Tensor t = api::ones(3);
  while (true) {
    api::print(t);
    if (--steps == 0) {
      api::release(t);
      break;
    }
  }
}

// Looks similar but is fine: the iterations that `continue` skip the release, and the ones that
// release re-create the tensor before looping.
bool skip(int i);
void continueSkipsTheRelease(int steps) {
  api::Tensor t = api::ones(3);
  for (int i = 0; i < steps; ++i) {
    if (skip(i))
      continue;
    api::print(t);
    api::release(t);
    t = api::ones(3);
  }
}

// Looks similar but is fine: re-assigned before `continue` on the path that released.
void reassignedBeforeContinue(int steps) {
  api::Tensor t = api::ones(3);
  for (int i = 0; i < steps; ++i) {
    api::print(t);
    if (i % 2 == 0) {
      api::release(t);
      t = api::ones(3);
      continue;
    }
  }
}
