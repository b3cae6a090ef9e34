// TensorFlow C API: a helper that writes through its `TF_Tensor **out` parameter a TF_NewTensor
// with a no-op deallocator over its own local vector hands the caller a tensor whose buffer is
// destroyed when it returns: reported where it is stored.
#include "tensorflow/c/c_api.h"
#include "tensorflow/c/tf_tensor.h"

#include <vector>

static void noDeallocation(void *data, size_t len, void *arg) {}
static void freeFloats(void *data, size_t len, void *arg) { delete[] static_cast<float *>(data); }

void makeInput(TF_Tensor **out) {
  std::vector<float> v(16, 1.0f);
  int64_t dims[1] = {16};
  *out = TF_NewTensor(TF_FLOAT, dims, 1, v.data(), v.size() * sizeof(float), &noDeallocation, nullptr);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: parameter 'out' views buffer 'v', which is destroyed when 'makeInput' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:22: note: buffer 'v' is a local of 'makeInput', declared here
}

void makeInputThroughLocal(TF_Tensor **out) {
  std::vector<float> v(16, 1.0f);
  int64_t dims[1] = {16};
  TF_Tensor *t = TF_NewTensor(TF_FLOAT, dims, 1, v.data(), v.size() * sizeof(float), nullptr, nullptr);
  *out = t;
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: parameter 'out' views buffer 'v', which is destroyed when 'makeInputThroughLocal' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-5]]:22: note: buffer 'v' is a local of 'makeInputThroughLocal', declared here
}

// Looks similar but is fine: the buffer is the caller's.
void wrapCallers(TF_Tensor **out, std::vector<float> &v) {
  int64_t dims[1] = {4};
  *out = TF_NewTensor(TF_FLOAT, dims, 1, v.data(), 4 * sizeof(float), &noDeallocation, nullptr);
}

// Looks similar but is fine: the buffer is the caller's, given by pointer.
void wrapCallersPointer(TF_Tensor **out, float *p) {
  int64_t dims[1] = {4};
  *out = TF_NewTensor(TF_FLOAT, dims, 1, p, 4 * sizeof(float), &noDeallocation, nullptr);
}

// Looks similar but is fine: a static buffer outlives the call.
void wrapStatic(TF_Tensor **out) {
  static std::vector<float> v(4, 1.0f);
  int64_t dims[1] = {4};
  *out = TF_NewTensor(TF_FLOAT, dims, 1, v.data(), 4 * sizeof(float), &noDeallocation, nullptr);
}

// Looks similar but is fine: a real deallocator owns the heap buffer.
void makeOwning(TF_Tensor **out) {
  float *p = new float[4];
  int64_t dims[1] = {4};
  *out = TF_NewTensor(TF_FLOAT, dims, 1, p, 4 * sizeof(float), &freeFloats, nullptr);
}

// Looks similar but is fine: the tensor owns its memory.
void makeAllocated(TF_Tensor **out) {
  int64_t dims[1] = {4};
  *out = TF_AllocateTensor(TF_FLOAT, dims, 1, 4 * sizeof(float));
}

// Looks similar but is fine: a local tensor over the local buffer is deleted before returning;
// what is written through the parameter owns its memory.
float firstValue(TF_Tensor **out) {
  std::vector<float> v(4, 1.0f);
  int64_t dims[1] = {4};
  TF_Tensor *t = TF_NewTensor(TF_FLOAT, dims, 1, v.data(), 4 * sizeof(float), &noDeallocation, nullptr);
  float first = *static_cast<float *>(TF_TensorData(t));
  TF_DeleteTensor(t);
  *out = TF_AllocateTensor(TF_FLOAT, dims, 1, 4 * sizeof(float));
  return first;
}
