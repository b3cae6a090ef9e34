// libtorch (built-in model libtorch): torch::from_blob without a deleter does not own the buffer;
// the tensor dangles once the buffer is gone or reallocated.
#include "torch_min.h"

#include <vector>

float bufferOutOfScope() {
  torch::Tensor t;
  {
    std::vector<float> data(4, 1.0f);
    t = torch::from_blob(data.data(), {2, 2}, torch::kFloat);
  }
  return t.sum().item<float>();
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 't' is read after buffer 'data' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'data' was destroyed here
}

void bufferReallocated(std::ostream &out) {
  std::vector<float> data(4, 1.0f);
  torch::Tensor t = torch::from_blob(data.data(), {2, 2}, {2, 1}, torch::kFloat);
  data.resize(1 << 20);
  out << t;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 't' is read after buffer 'data' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'data' was reallocated here
}
