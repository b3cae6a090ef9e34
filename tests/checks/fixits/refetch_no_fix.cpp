// Data pointers used after a reallocation where fetching again is not sound or not possible: no
// fix-it (the warnings stay).
#include <vector>

// The pointer itself moves: fetching it again would lose the offset.
float pointerMoved() {
  std::vector<float> v(4, 1.0f);
  float *p = v.data();
  ++p;
  v.push_back(2.0f);
  return *p;
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: 'p' is read after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was reallocated here
}

// A const pointer cannot be assigned.
float constPointer() {
  std::vector<float> v(4, 1.0f);
  float *const p = v.data();
  v.push_back(2.0f);
  return *p;
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: 'p' is read after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was reallocated here
}
