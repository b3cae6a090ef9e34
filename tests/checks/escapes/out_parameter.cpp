// A tensor left in a reference (or pointer-to-class) parameter, or stored into a caller's
// container, while it views the helper's own local buffer escapes like a returned one: reported
// where it is stored.
#include "torch_min.h"

#include <vector>

void fill(torch::Tensor &out, int n) {
  std::vector<float> v(n, 1.0f);
  out = torch::from_blob(v.data(), {n});
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: parameter 'out' views buffer 'v', which is destroyed when 'fill' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:22: note: buffer 'v' is a local of 'fill', declared here
}

void fillThrough(torch::Tensor *out, int n) {
  std::vector<float> v(n, 1.0f);
  *out = torch::from_blob(v.data(), {n});
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: parameter 'out' views buffer 'v', which is destroyed when 'fillThrough' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:22: note: buffer 'v' is a local of 'fillThrough', declared here
}

void collect(std::vector<torch::Tensor> &batch, int n) {
  std::vector<float> v(n, 1.0f);
  batch.push_back(torch::from_blob(v.data(), {n}));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: parameter 'batch' views buffer 'v', which is destroyed when 'collect' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:22: note: buffer 'v' is a local of 'collect', declared here
}

// Looks similar but is fine: an owning copy is left in the parameter.
void fillCloned(torch::Tensor &out, int n) {
  std::vector<float> v(n, 1.0f);
  out = torch::from_blob(v.data(), {n}).clone();
}

// Looks similar but is fine: the buffer is the caller's too.
void fillOver(torch::Tensor &out, std::vector<float> &v) {
  out = torch::from_blob(v.data(), {static_cast<int64_t>(v.size())});
}

// Looks similar but is fine: the pointer parameter is the helper's own copy, re-pointed locally.
float sumLocal(const float *p, int n) {
  std::vector<float> v(n, 1.0f);
  p = v.data();
  return p[0];
}

// Looks similar but is fine: a local tensor (not the parameter) views the local buffer.
void fillLocal(torch::Tensor &out, int n) {
  std::vector<float> v(n, 1.0f);
  torch::Tensor t = torch::from_blob(v.data(), {n});
  out = t.sum();
}
