// No fix-it: the pointer is declared without an initialiser and assigned later: there is no
// initialiser to evaluate again. The warning stays.
#include <vector>

float noInitialiser() {
  std::vector<float> v(4, 1.0f);
  float *p;
  p = v.data();
  v.push_back(2.0f);
  return *p;
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: 'p' is read after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was reallocated here
}
