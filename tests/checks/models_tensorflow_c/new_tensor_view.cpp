// TensorFlow C API: TF_NewTensor with a no-op (or null) deallocator does not own its data: the
// buffer must outlive the tensor.
#include "tensorflow/c/c_api.h"

#include <vector>

static void noDeallocation(void *data, size_t len, void *arg) {}

float bufferReallocated() {
  std::vector<float> v(4, 1.0f);
  int64_t dims[1] = {4};
  TF_Tensor *t = TF_NewTensor(TF_FLOAT, dims, 1, v.data(), 4 * sizeof(float), &noDeallocation, nullptr);
  v.resize(1024);
  float first = *static_cast<float *>(TF_TensorData(t));
  // CHECK-NOTES: :[[@LINE-1]]:53: warning: 't' is read after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was reallocated here
  TF_DeleteTensor(t);
  return first;
}

float bufferOutOfScope() {
  int64_t dims[1] = {4};
  TF_Tensor *t = nullptr;
  {
    std::vector<float> v(4, 1.0f);
    t = TF_NewTensor(TF_FLOAT, dims, 1, v.data(), 4 * sizeof(float), nullptr, nullptr);
  }
  float first = *static_cast<float *>(TF_TensorData(t));
  // CHECK-NOTES: :[[@LINE-1]]:53: warning: 't' is read after buffer 'v' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was destroyed here
  TF_DeleteTensor(t);
  return first;
}
