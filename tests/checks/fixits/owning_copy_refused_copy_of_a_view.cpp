// No fix-it: the value read is a copy of the view, not made by the call that makes the view:
// the copy would have to go where the view is made, for both. The warning stays.
#include "tlrt/tlrt.h"

#include <vector>

float copyOfAView() {
  tlrt::Tensor copy;
  {
    tlrt::HostBuffer buf(std::vector<float>{1, 2});
    tlrt::Tensor view = tlrt::from_blob(buf);
    copy = view;
  }
  return copy.at(0);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'copy' is read after buffer 'buf' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'buf' was destroyed here
}
