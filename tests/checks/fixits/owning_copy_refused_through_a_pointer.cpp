// No fix-it: the view is made over a pointer variable, not the buffer itself: what else reads
// the buffer through that pointer is not followed. The warning stays.
#include "tlrt/tlrt.h"

#include <vector>

float throughAPointer() {
  tlrt::Tensor t;
  {
    std::vector<float> values(4, 1.0f);
    float *p = values.data();
    t = tlrt::from_blob(p, values.size());
  }
  return t.at(0);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 't' is read after buffer 'values' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'values' was destroyed here
}
