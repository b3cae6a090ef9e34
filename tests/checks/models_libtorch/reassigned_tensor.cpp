// libtorch: storage is reference counted. Assigning a new value to the only tensor holding a
// storage frees it: a data pointer taken before the assignment dangles.
#include "torch_min.h"

float dataPointerAfterReassignment() {
  torch::Tensor buf = torch::zeros({4});
  float *p = buf.data_ptr<float>();
  buf = torch::ones({16});
  return p[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'p' is read after 'buf' was replaced [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'buf' was replaced here
}

float copyAssignedOver(const torch::Tensor &other) {
  torch::Tensor buf = torch::zeros({4});
  float *p = buf.data_ptr<float>();
  buf = other;
  p[1] = 2.0f;
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: 'p' is written after 'buf' was replaced [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'buf' was replaced here
  return other.sum().item<float>();
}
