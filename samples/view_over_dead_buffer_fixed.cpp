// A non-owning view over caller memory, used right: the HostBuffer outlives every read of the
// views over it, including lazy results computed from them, and is freed only at the end.
// RUNTIME: ok
#include "tlrt/tlrt.h"

#include <vector>

int main() {
  std::vector<float> decoded = {0.1f, 0.2f, 0.3f, 0.4f}; // e.g. a decoded image
  tlrt::HostBuffer buf(decoded);
  tlrt::Tensor pixels = tlrt::from_blob(buf); // a view: no copy

  tlrt::print(pixels);
  tlrt::Tensor normalised = tlrt::scale(pixels, 2.0f); // lazy: reads buf when printed
  tlrt::print(normalised);

  buf.free(); // every view has been read: free the memory early
  return 0;
}
