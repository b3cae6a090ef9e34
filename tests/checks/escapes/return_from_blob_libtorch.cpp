// libtorch: a helper that returns a from_blob tensor (or a view or a data pointer of one) over its
// own local buffer hands out dangling memory: the buffer is destroyed when the helper returns.
// Reported once, where the tensor leaves, with a note at the buffer.
#include "torch_min.h"

#include <array>
#include <vector>

torch::Tensor ramp(int n) {
  std::vector<float> v(n);
  torch::Tensor t = torch::from_blob(v.data(), {n});
  return t;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: returned tensor 't' views buffer 'v', which is destroyed when 'ramp' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:22: note: buffer 'v' is a local of 'ramp', declared here
}

torch::Tensor direct(int n) {
  std::vector<float> v(n, 1.0f);
  return torch::from_blob(v.data(), {n});
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: returned tensor 'torch::from_blob(v.data(), {n})' views buffer 'v', which is destroyed when 'direct' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:22: note: buffer 'v' is a local of 'direct', declared here
}

torch::Tensor overArray() {
  std::array<float, 4> values{1, 2, 3, 4};
  return torch::from_blob(values.data(), {4}).view({2, 2});
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: returned tensor 'torch::from_blob(values.data(), {4}).view({2, 2})' views buffer 'values', which is destroyed when 'overArray' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:24: note: buffer 'values' is a local of 'overArray', declared here
}

float *rawValues(int n) {
  std::vector<float> v(n);
  torch::Tensor t = torch::from_blob(v.data(), {n});
  return t.data_ptr<float>();
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: returned pointer 't.data_ptr<float>()' points into buffer 'v', which is destroyed when 'rawValues' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:22: note: buffer 'v' is a local of 'rawValues', declared here
}

float *stackArray() {
  float values[4] = {1, 2, 3, 4};
  torch::Tensor t = torch::from_blob(values, {4});
  return t.data_ptr<float>();
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: returned pointer 't.data_ptr<float>()' points into 'values', which is destroyed when 'stackArray' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:9: note: 'values' is a local of 'stackArray', declared here
}

// Looks similar but is fine: an owning copy is returned.
torch::Tensor rampCloned(int n) {
  std::vector<float> v(n);
  return torch::from_blob(v.data(), {n}).clone();
}

// Looks similar but is fine: the buffer is the caller's, who keeps it.
torch::Tensor wrap(std::vector<float> &v) {
  return torch::from_blob(v.data(), {static_cast<int64_t>(v.size())});
}

// Looks similar but is fine: from_blob with a deleter owns the buffer.
torch::Tensor adopted(int n) {
  float *p = new float[n];
  return torch::from_blob(p, {n}, [](void *q) { delete[] static_cast<float *>(q); });
}

// Looks similar but is fine: a static buffer outlives every call.
torch::Tensor overStatic() {
  static std::vector<float> table(16, 0.5f);
  return torch::from_blob(table.data(), {16});
}

// Looks similar but is fine: a value read through a pointer is copied out.
float firstValue(int n) {
  std::vector<float> v(n, 2.0f);
  torch::Tensor t = torch::from_blob(v.data(), {n});
  float *p = t.data_ptr<float>();
  return *p;
}

// Looks similar but is fine: a reduction of the view is computed before the buffer goes.
float total(int n) {
  std::vector<float> v(n, 1.0f);
  return torch::from_blob(v.data(), {n}).sum().item<float>();
}

// Looks similar but is fine: the data of a view over the caller's buffer is the caller's buffer,
// which outlives the view.
float *rawCallerValues(std::vector<float> &v) {
  torch::Tensor t = torch::from_blob(v.data(), {static_cast<int64_t>(v.size())});
  return t.data_ptr<float>();
}

// Looks similar but is fine: the pointer outlives the view, not the buffer it points into.
float afterViewScope(int n) {
  std::vector<float> v(n, 3.0f);
  float *p = nullptr;
  {
    torch::Tensor t = torch::from_blob(v.data(), {n});
    p = t.data_ptr<float>();
  }
  return p[0];
}
