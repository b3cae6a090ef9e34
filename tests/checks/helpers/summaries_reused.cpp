// One summary, many call sites: each call applies the summary to its own arguments.
#include "tensorlife_test_api.h"

void drop(api::Tensor &t) { api::release(t); }

void manyCallSites() {
  api::Tensor a = api::ones(3), b = api::ones(3), c = api::ones(3);
  drop(a);
  api::print(b);
  drop(b);
  drop(c);
  api::print(a);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'a' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-6]]:3: note: 'a' was released here
  api::print(c);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'c' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-6]]:3: note: 'c' was released here
}

// Looks similar but is fine: each tensor is read before its own drop.
void eachReadBeforeItsDrop() {
  api::Tensor a = api::ones(3), b = api::ones(3);
  api::print(a);
  drop(a);
  api::print(b);
  drop(b);
}

// A helper called in a loop: the release in one iteration reaches the read in the next.
void helperInALoop(int steps) {
  api::Tensor t = api::ones(3);
  for (int i = 0; i < steps; ++i) {
    api::print(t);
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: 't' is read after it was released [tensorlife-use-after-release]
    // CHECK-NOTES: :[[@LINE+1]]:5: note: 't' was released here
    drop(t);
  }
}
