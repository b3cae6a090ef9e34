// TensorFlow C API, clean: the data pointer is used before TF_DeleteTensor.
#include "tensorflow/c/c_api.h"

float dataBeforeDelete() {
  int64_t dims[1] = {4};
  TF_Tensor *t = TF_AllocateTensor(TF_FLOAT, dims, 1, 4 * sizeof(float));
  float *data = static_cast<float *>(TF_TensorData(t));
  float first = data[0];
  size_t bytes = TF_TensorByteSize(t);
  TF_DeleteTensor(t);
  return first + static_cast<float>(bytes);
}
