// No fix-it: the pointer is given another value after its initialisation: which one to fetch
// again is not a local question. The warning stays.
#include <vector>

float assignedAgain(bool second) {
  std::vector<float> v(4, 1.0f);
  std::vector<float> w(4, 2.0f);
  float *p = v.data();
  if (second)
    p = w.data();
  v.push_back(2.0f);
  w.push_back(3.0f);
  return *p;
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: 'p' is read after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: buffer 'v' was reallocated here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: buffer 'w' was reallocated here
}
