// libtorch: out-parameters written in other spellings than `*out = ...`: an element of a
// `float **out` (`out[0] = ...`), a local copy of it (`float **pp = out; *pp = ...`), an array
// parameter (`float *outs[2]`, `float *(&outs)[2]`, `torch::Tensor (&outs)[2]`) given a view or
// a data pointer over the helper's own local buffer: reported where it is stored.
#include "torch_min.h"

#include <vector>

void firstRow(float **out, int n) {
  std::vector<float> v(n, 1.0f);
  torch::Tensor t = torch::from_blob(v.data(), {n});
  out[0] = t.data_ptr<float>();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: parameter 'out[0]' points into buffer 'v', which is destroyed when 'firstRow' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:22: note: buffer 'v' is a local of 'firstRow', declared here
}

void throughLocalCopy(float **out, int n) {
  std::vector<float> v(n, 1.0f);
  torch::Tensor t = torch::from_blob(v.data(), {n});
  float **pp = out;
  *pp = t.data_ptr<float>();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: parameter 'out' points into buffer 'v', which is destroyed when 'throughLocalCopy' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-5]]:22: note: buffer 'v' is a local of 'throughLocalCopy', declared here
}

void pair(float *outs[2], int n) {
  std::vector<float> v(n, 1.0f);
  torch::Tensor t = torch::from_blob(v.data(), {n});
  outs[1] = t.data_ptr<float>();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: parameter 'outs[1]' points into buffer 'v', which is destroyed when 'pair' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:22: note: buffer 'v' is a local of 'pair', declared here
}

void pairByReference(float *(&outs)[2], int n) {
  std::vector<float> v(n, 1.0f);
  torch::Tensor t = torch::from_blob(v.data(), {n});
  outs[0] = t.data_ptr<float>();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: parameter 'outs[0]' points into buffer 'v', which is destroyed when 'pairByReference' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:22: note: buffer 'v' is a local of 'pairByReference', declared here
}

void tensors(torch::Tensor (&outs)[2], int n) {
  std::vector<float> v(n, 1.0f);
  outs[1] = torch::from_blob(v.data(), {n});
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: parameter 'outs[1]' views buffer 'v', which is destroyed when 'tensors' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:22: note: buffer 'v' is a local of 'tensors', declared here
}

// Looks similar but is fine: the buffer is the caller's.
void firstRowOver(float **out, std::vector<float> &v) {
  out[0] = v.data();
}

// Looks similar but is fine: owning copies are stored.
void tensorsCloned(torch::Tensor (&outs)[2], int n) {
  std::vector<float> v(n, 1.0f);
  outs[0] = torch::from_blob(v.data(), {n}).clone();
  outs[1] = torch::ones({n});
}

// Looks similar but is fine: the local copy is re-pointed at a local array before the store.
float viaLocalArray(float **out, int n) {
  std::vector<float> v(n, 1.0f);
  torch::Tensor t = torch::from_blob(v.data(), {n});
  float *local[1] = {nullptr};
  float **pp = out;
  pp = local;
  *pp = t.data_ptr<float>();
  return local[0][0];
}

// Looks similar but is fine: a static buffer outlives the call.
void pairStatic(float *outs[2]) {
  static std::vector<float> table(8, 0.5f);
  outs[0] = table.data();
}
