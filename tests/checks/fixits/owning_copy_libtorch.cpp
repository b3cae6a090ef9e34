// Fix-it: a libtorch tensor made by from_blob over a std::vector that dies (or reallocates)
// before a later use is cloned where it is made (the owning_copy of at::Tensor in the libtorch
// model).
// FIXED: clean
#include "torch_min.h"

#include <ostream>
#include <vector>

float bufferOutOfScope() {
  torch::Tensor t;
  {
    std::vector<float> data(4, 1.0f);
    t = torch::from_blob(data.data(), {2, 2}, torch::kFloat);
    // CHECK-FIXES: {{^}}    t = torch::from_blob(data.data(), {2, 2}, torch::kFloat).clone();{{$}}
  }
  return t.sum().item<float>();
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 't' is read after buffer 'data' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'data' was destroyed here
}

void bufferReallocated(std::ostream &out) {
  std::vector<float> data(4, 1.0f);
  torch::Tensor t = torch::from_blob(data.data(), {2, 2}, {2, 1}, torch::kFloat);
  // CHECK-FIXES: {{^}}  torch::Tensor t = torch::from_blob(data.data(), {2, 2}, {2, 1}, torch::kFloat).clone();{{$}}
  data.resize(1 << 20);
  out << t;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 't' is read after buffer 'data' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'data' was reallocated here
}
