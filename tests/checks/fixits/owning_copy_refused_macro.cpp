// No fix-it: the call that makes the view is spelled by a macro. The warning stays.
#include "tlrt/tlrt.h"

#include <vector>

#define VIEW(buf) tlrt::from_blob(buf)

float madeByAMacro() {
  tlrt::Tensor t;
  {
    tlrt::HostBuffer buf(std::vector<float>{1, 2});
    t = VIEW(buf);
  }
  return t.at(0);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 't' is read after buffer 'buf' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'buf' was destroyed here
}
