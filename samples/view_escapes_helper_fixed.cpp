// The helper's view, used right: the caller owns the HostBuffer and keeps it while it reads the
// view the helper returns; or the helper returns an owning copy made while its own buffer lives.
// RUNTIME: ok
#include "tlrt/tlrt.h"

#include <vector>

tlrt::Tensor viewPixels(tlrt::HostBuffer &buf) { return tlrt::from_blob(buf); }

tlrt::Tensor copyPixels() {
  tlrt::HostBuffer buf(std::vector<float>{0.5f, 0.6f});
  return tlrt::from_blob(buf).clone(); // owns its memory
}

int main() {
  std::vector<float> decoded = {0.1f, 0.2f, 0.3f, 0.4f}; // e.g. a decoded image
  tlrt::HostBuffer buf(decoded);
  tlrt::Tensor pixels = viewPixels(buf);
  tlrt::print(pixels);
  tlrt::print(copyPixels());
  return 0;
}
