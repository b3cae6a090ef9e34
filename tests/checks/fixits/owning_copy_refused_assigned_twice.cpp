// No fix-it: the view is given two values: which one to copy is not a local question. The
// warning stays.
#include "tlrt/tlrt.h"

#include <vector>

float assignedTwice(bool second) {
  tlrt::Tensor v;
  {
    tlrt::HostBuffer buf(std::vector<float>{1, 2});
    tlrt::HostBuffer other(std::vector<float>{3, 4});
    v = tlrt::from_blob(buf);
    if (second)
      v = tlrt::from_blob(other);
  }
  return v.at(0);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'v' is read after buffer 'other' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'other' was destroyed here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: buffer 'buf' was destroyed here
}
