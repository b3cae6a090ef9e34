// libtorch, clean: a reassigned tensor whose storage another tensor still holds, a pointer
// re-fetched after the assignment, and an assignment that keeps the storage.
#include "torch_min.h"

// Looks similar but is fine: `keep` shares the storage, which outlives the reassignment.
float copyKeepsStorage() {
  torch::Tensor buf = torch::zeros({4});
  float *p = buf.data_ptr<float>();
  torch::Tensor keep = buf;
  buf = torch::ones({16});
  return p[0] + keep.sum().item<float>();
}

// Looks similar but is fine: the data pointer is taken again from the new value.
float pointerRefetched() {
  torch::Tensor buf = torch::zeros({4});
  float *p = buf.data_ptr<float>();
  buf = torch::ones({16});
  p = buf.data_ptr<float>();
  return p[0];
}

// Looks similar but is fine: reshape of a contiguous tensor is the same storage.
float reshapedInPlace() {
  torch::Tensor buf = torch::zeros({4});
  float *p = buf.data_ptr<float>();
  buf = buf.reshape({2, 2});
  return p[0];
}

// Looks similar but is fine: the pointer is read before the reassignment.
float readBeforeReassignment() {
  torch::Tensor buf = torch::zeros({4});
  float *p = buf.data_ptr<float>();
  float first = p[0];
  buf = torch::ones({16});
  return first + buf.sum().item<float>();
}
