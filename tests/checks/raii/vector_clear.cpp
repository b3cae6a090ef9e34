// clear() ends the vector's elements but keeps its storage: a view read after clear() reads stale
// values (a logic bug) but no freed memory, so it is not a lifetime bug and is not reported.
// The storage goes only when a later call re-allocates or frees it.
#include "tensorlife_test_api.h"

#include <vector>

// Looks similar but is fine (for these checks): the storage survives clear().
void viewReadAfterClear() {
  std::vector<float> v(4, 1.0f);
  api::Tensor t = api::from_data(v.data(), v.size());
  v.clear();
  api::print(t);
}

void viewReadAfterClearAndShrink() {
  std::vector<float> v(4, 1.0f);
  api::Tensor t = api::from_data(v.data(), v.size());
  v.clear();
  v.shrink_to_fit();
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was reallocated here
}

// Looks similar but is fine: cleared, refilled, and the view re-made.
void clearedRefilledAndRemade() {
  std::vector<float> v(4, 1.0f);
  api::Tensor t = api::from_data(v.data(), v.size());
  api::print(t);
  v.clear();
  v.resize(8, 2.0f);
  t = api::from_data(v.data(), v.size());
  api::print(t);
}
