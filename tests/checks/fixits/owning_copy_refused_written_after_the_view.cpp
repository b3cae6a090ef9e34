// No fix-it: the buffer is written after the view is made, and the view is meant to see the
// write (a copy made where the view is made would not). The warning stays.
#include "tlrt/tlrt.h"

#include <vector>

float writtenAfterTheView() {
  tlrt::Tensor v;
  {
    tlrt::HostBuffer buf(std::vector<float>{1, 2});
    v = tlrt::from_blob(buf);
    buf.data()[0] = 5;
  }
  return v.at(0);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'v' is read after buffer 'buf' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'buf' was destroyed here
}
