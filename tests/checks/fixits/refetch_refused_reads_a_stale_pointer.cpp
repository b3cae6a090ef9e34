// No fix-it: the initialiser reads a pointer into the same memory, which is as stale after the
// call as the pointer itself (`p = base;` would fix nothing). The warning stays.
#include <vector>

float copyOfAStalePointer() {
  std::vector<float> v(4, 1.0f);
  float *base = v.data();
  float *p = base;
  v.push_back(2.0f);
  return *p;
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: 'p' is read after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was reallocated here
}
