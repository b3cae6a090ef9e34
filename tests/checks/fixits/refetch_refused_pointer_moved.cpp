// No fix-it: the pointer itself moves after its initialisation: fetching it again would lose
// the offset. The warning stays.
#include <vector>

float pointerMoved() {
  std::vector<float> v(4, 1.0f);
  float *p = v.data();
  ++p;
  v.push_back(2.0f);
  return *p;
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: 'p' is read after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was reallocated here
}
