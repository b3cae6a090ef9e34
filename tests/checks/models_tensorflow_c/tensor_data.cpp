// TensorFlow C API: TF_TensorData points into the tensor's buffer and dies with TF_DeleteTensor.
#include "tensorflow/c/c_api.h"

float dataAfterDelete() {
  int64_t dims[1] = {4};
  TF_Tensor *t = TF_AllocateTensor(TF_FLOAT, dims, 1, 4 * sizeof(float));
  float *data = static_cast<float *>(TF_TensorData(t));
  TF_DeleteTensor(t);
  return data[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'data' is read after 't' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't' was destroyed here
}

size_t tensorAfterDelete() {
  int64_t dims[1] = {4};
  TF_Tensor *t = TF_AllocateTensor(TF_FLOAT, dims, 1, 4 * sizeof(float));
  TF_DeleteTensor(t);
  return TF_TensorByteSize(t);
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: 't' is read after it was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't' was destroyed here
}
