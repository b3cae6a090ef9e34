// TensorFlow C API: a helper that returns a TF_NewTensor with a no-op deallocator over its own
// local vector hands out a tensor whose buffer is destroyed when it returns.
#include "tensorflow/c/c_api.h"

#include <vector>

static void noDeallocation(void *data, size_t len, void *arg) {}
static void freeFloats(void *data, size_t len, void *arg) { delete[] static_cast<float *>(data); }

TF_Tensor *makeTensor() {
  std::vector<float> v(4, 1.0f);
  int64_t dims[1] = {4};
  TF_Tensor *t = TF_NewTensor(TF_FLOAT, dims, 1, v.data(), 4 * sizeof(float), &noDeallocation, nullptr);
  return t;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: returned tensor 't' views buffer 'v', which is destroyed when 'makeTensor' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-5]]:22: note: buffer 'v' is a local of 'makeTensor', declared here
}

TF_Tensor *makeTensorNullDeallocator() {
  std::vector<float> v(4, 1.0f);
  int64_t dims[1] = {4};
  return TF_NewTensor(TF_FLOAT, dims, 1, v.data(), 4 * sizeof(float), nullptr, nullptr);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: returned tensor 'TF_NewTensor(TF_FLOAT, dims, 1, v.data(), 4 * sizeof(float), nullptr, nullptr)' views buffer 'v', which is destroyed when 'makeTensorNullDeallocator' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:22: note: buffer 'v' is a local of 'makeTensorNullDeallocator', declared here
}

// Looks similar but is fine: a real deallocator owns the (heap) buffer.
TF_Tensor *makeOwningTensor() {
  float *p = new float[4];
  int64_t dims[1] = {4};
  return TF_NewTensor(TF_FLOAT, dims, 1, p, 4 * sizeof(float), &freeFloats, nullptr);
}

// Looks similar but is fine: the buffer is the caller's.
TF_Tensor *wrapCallers(std::vector<float> &v) {
  int64_t dims[1] = {4};
  return TF_NewTensor(TF_FLOAT, dims, 1, v.data(), 4 * sizeof(float), &noDeallocation, nullptr);
}

// Looks similar but is fine: the value is read before the buffer goes.
float firstValue() {
  std::vector<float> v(4, 1.0f);
  int64_t dims[1] = {4};
  TF_Tensor *t = TF_NewTensor(TF_FLOAT, dims, 1, v.data(), 4 * sizeof(float), &noDeallocation, nullptr);
  float first = *static_cast<float *>(TF_TensorData(t));
  TF_DeleteTensor(t);
  return first;
}
