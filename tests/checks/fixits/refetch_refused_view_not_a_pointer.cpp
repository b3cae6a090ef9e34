// No fix-it: the value read after the reallocation is a view (a tensor), not a pointer, and its
// owning copy is refused too (the buffer is written after the view is made, which the view is
// meant to see). The warning stays.
#include "tlrt/tlrt.h"

#include <vector>

float viewNotAPointer() {
  std::vector<float> v(4, 1.0f);
  tlrt::Tensor t = tlrt::from_blob(v.data(), v.size());
  v[0] = 5.0f;
  v.push_back(2.0f);
  return t.at(0);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 't' is read after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was reallocated here
}
