// Fix-it: a view over a buffer that dies before a later use gets an owning copy where it is
// made: the bundled runtime's Tensor::clone(), from the owning_copy annotation of tlrt::Tensor.
// Several uses of the same view share one edit.
// FIXED: runs
#include "tlrt/tlrt.h"

#include <vector>

int main() {
  tlrt::Tensor pixels;
  {
    tlrt::HostBuffer buf(std::vector<float>{1, 2, 3});
    pixels = tlrt::from_blob(buf); // decoded once
    // CHECK-FIXES: {{^}}    pixels = tlrt::from_blob(buf).clone(); // decoded once{{$}}
  }
  tlrt::print(pixels);
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: 'pixels' is read after buffer 'buf' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'buf' was destroyed here
  tlrt::Tensor twice = pixels + pixels;
  tlrt::print(twice);
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: 'twice' is read after buffer 'buf' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-7]]:3: note: buffer 'buf' was destroyed here
  return 0;
}
