// Re-allocating a std::vector (resize, reserve, push_back, shrink_to_fit, insert) moves its
// storage: views over data() and data pointers taken before dangle; re-fetched ones are fine.
#include "tensorlife_test_api.h"

#include <vector>

void viewReadAfterResize() {
  std::vector<float> v(4, 1.0f);
  api::Tensor t = api::from_data(v.data(), v.size());
  v.resize(1024);
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was reallocated here
}

float pointerReadAfterReserve() {
  std::vector<float> v(4, 1.0f);
  float *p = v.data();
  v.reserve(4096);
  return p[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'p' is read after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was reallocated here
}

void viewReadAfterPushBack() {
  std::vector<float> v(4, 1.0f);
  api::Tensor t = api::from_data(v.data(), v.size());
  v.push_back(2.0f);
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was reallocated here
}

void viewReadAfterShrink() {
  std::vector<float> v(4, 1.0f);
  api::Tensor t = api::from_data(v.data(), v.size());
  v.shrink_to_fit();
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was reallocated here
}

// Looks similar but is fine: the view is re-made over the new storage.
void viewRemadeAfterResize() {
  std::vector<float> v(4, 1.0f);
  api::Tensor t = api::from_data(v.data(), v.size());
  v.resize(1024);
  t = api::from_data(v.data(), v.size());
  api::print(t);
}

// Looks similar but is fine: element writes and reads do not re-allocate.
void elementAccessDoesNotReallocate() {
  std::vector<float> v(4, 1.0f);
  api::Tensor t = api::from_data(v.data(), v.size());
  v[0] = 3.0f;
  v.at(1) = v.front() + v.back();
  float n = float(v.size() + v.capacity());
  api::print(t);
  (void)n;
}

// Looks similar but is fine: the storage was reserved before the view was made.
void reservedBeforeTheView() {
  std::vector<float> v;
  v.reserve(64);
  v.resize(64);
  api::Tensor t = api::from_data(v.data(), v.size());
  api::print(t);
}
