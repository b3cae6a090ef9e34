// No fix-it: the pointer is passed by reference to a function that may move it. The warning
// stays.
#include <vector>

void advance(float *&p);

float passedByReference() {
  std::vector<float> v(4, 1.0f);
  float *p = v.data();
  advance(p);
  v.push_back(2.0f);
  return *p;
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: 'p' is read after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was reallocated here
}
