// No fix-it: the call that moves the memory is spelled by a macro: there is no statement of
// the file after which to fetch again. The warning stays.
#include <vector>

#define GROW(v) (v).push_back(2.0f)

float macroCall() {
  std::vector<float> v(4, 1.0f);
  float *p = v.data();
  GROW(v);
  return *p;
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: 'p' is read after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was reallocated here
}
