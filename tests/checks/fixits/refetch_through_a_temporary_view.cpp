// Fix-it: a data pointer taken through an unnamed view (a tensor made over the vector and dropped
// at once) points into the vector's memory, as v.data() does: after the vector reallocates, the
// whole initialiser is evaluated again (making a view has no side effect).
// FIXED: runs
#include "tlrt/tlrt.h"

#include <vector>

int main() {
  std::vector<float> v(4, 1.0f);
  const float *p = tlrt::from_blob(v.data(), v.size()).data();
  v.push_back(2.0f);
  // CHECK-FIXES: {{^}}  v.push_back(2.0f);{{$}}
  // CHECK-FIXES-NEXT: {{^}}  p = tlrt::from_blob(v.data(), v.size()).data();{{$}}
  return p[0] == 1.0f ? 0 : 1;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'p' is read after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-5]]:3: note: buffer 'v' was reallocated here
}
