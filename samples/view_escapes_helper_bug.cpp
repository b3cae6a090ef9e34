// A helper that wraps its own local buffer and hands the view out (the most common report of this
// bug class: torch::from_blob over a local std::vector returned from a function, or
// Ort::Value::CreateTensor over a scoped vector). The HostBuffer is destroyed when the helper
// returns; the caller prints garbage -- or, in checked mode, gets a LifetimeError.
//
// Fix: return an owning copy made while the buffer lives (`tensorlife-tidy --fix` appends
// `.clone()`), or let the caller own the buffer -- see view_escapes_helper_fixed.cpp.
// RUNTIME: use-after-release
// FIXED: runs
#include "tlrt/tlrt.h"

#include <vector>

tlrt::Tensor loadPixels() {
  std::vector<float> decoded = {0.1f, 0.2f, 0.3f, 0.4f}; // e.g. a decoded image
  tlrt::HostBuffer buf(decoded);
  return tlrt::from_blob(buf); // a view over buf, which dies here
  // CHECK-FIXES: {{^}}  return tlrt::from_blob(buf).clone(); // a view over buf, which dies here{{$}}
  // CHECK-NOTES: :[[@LINE-2]]:10: warning: returned tensor 'tlrt::from_blob(buf)' views buffer 'buf', which is destroyed when 'loadPixels' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:20: note: buffer 'buf' is a local of 'loadPixels', declared here
}

int main() {
  tlrt::Tensor pixels = loadPixels();
  tlrt::print(pixels); // reported once, where the view escaped
  return 0;
}
