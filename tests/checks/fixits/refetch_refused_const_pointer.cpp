// No fix-it: a const pointer cannot be assigned. The warning stays.
#include <vector>

float constPointer() {
  std::vector<float> v(4, 1.0f);
  float *const p = v.data();
  v.push_back(2.0f);
  return *p;
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: 'p' is read after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was reallocated here
}
