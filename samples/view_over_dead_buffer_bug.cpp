// A non-owning view over caller memory (like torch::from_blob, or Ort::Value::CreateTensor over a
// std::vector): the tensor does not own the values, the HostBuffer does. The buffer here is a
// local of the block that loads the data, so it is destroyed at the closing brace while the view
// escapes and is printed afterwards.
//
// Fix: keep the buffer alive as long as any view over it is used (declare it in the outer block,
// or read the view inside) -- see view_over_dead_buffer_fixed.cpp -- or copy the view while the
// buffer lives: the fix-it `tensorlife-tidy --fix` applies (from_blob(buf).clone()).
// RUNTIME: use-after-release
// FIXED: runs
#include "tlrt/tlrt.h"

#include <vector>

int main() {
  tlrt::Tensor pixels;
  {
    std::vector<float> decoded = {0.1f, 0.2f, 0.3f, 0.4f}; // e.g. a decoded image
    tlrt::HostBuffer buf(decoded);
    pixels = tlrt::from_blob(buf); // a view: no copy
    // CHECK-FIXES: {{^}}    pixels = tlrt::from_blob(buf).clone(); // a view: no copy{{$}}
  }

  tlrt::print(pixels);
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: 'pixels' is read after buffer 'buf' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: buffer 'buf' was destroyed here
  return 0;
}
