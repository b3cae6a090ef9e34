// Views over a buffer that dies before a later use, where an owning copy could change what the
// program sees: no fix-it (the warnings stay).
#include "tlrt/tlrt.h"

#include <vector>

// The buffer is written after the view is made: the view is meant to see the write.
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

// Two views over one buffer: writes through one are seen through the other.
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

// The view is given two values: which one to copy is not a local question.
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
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'v' is read after buffer 'buf' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'buf' was destroyed here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: buffer 'other' was destroyed here
}
