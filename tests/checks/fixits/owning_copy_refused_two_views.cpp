// No fix-it: two views over one buffer: writes through one are seen through the other, which a
// copy of either would break. The warnings stay.
#include "tlrt/tlrt.h"

#include <vector>

float twoViews() {
  tlrt::Tensor a, b;
  {
    tlrt::HostBuffer buf(std::vector<float>{1, 2});
    a = tlrt::from_blob(buf);
    b = tlrt::from_blob(buf);
  }
  return a.at(0) + b.at(0);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'a' is read after buffer 'buf' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'buf' was destroyed here
  // CHECK-NOTES: :[[@LINE-3]]:20: warning: 'b' is read after buffer 'buf' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-5]]:3: note: buffer 'buf' was destroyed here
}
