// TensorFlow C API, clean: a view tensor read while its buffer is alive and unchanged; a tensor
// whose real deallocator takes the buffer over; a TF_AllocateTensor tensor (owning).
#include "tensorflow/c/c_api.h"

#include <vector>

static void noDeallocation(void *data, size_t len, void *arg) {}
static void deleteVector(void *data, size_t len, void *arg) {
  delete static_cast<std::vector<float> *>(arg);
}

float viewWhileBufferLives() {
  std::vector<float> v(4, 1.0f);
  int64_t dims[1] = {4};
  TF_Tensor *t = TF_NewTensor(TF_FLOAT, dims, 1, v.data(), 4 * sizeof(float), &noDeallocation, nullptr);
  float first = *static_cast<float *>(TF_TensorData(t));
  TF_DeleteTensor(t);
  v.resize(1024);
  return first;
}

float adoptedBuffer() {
  int64_t dims[1] = {4};
  TF_Tensor *t = nullptr;
  {
    auto *storage = new std::vector<float>(4, 1.0f);
    t = TF_NewTensor(TF_FLOAT, dims, 1, storage->data(), 4 * sizeof(float), &deleteVector, storage);
  }
  float first = *static_cast<float *>(TF_TensorData(t));
  TF_DeleteTensor(t);
  return first;
}

float allocated() {
  int64_t dims[1] = {4};
  TF_Tensor *t = TF_AllocateTensor(TF_FLOAT, dims, 1, 4 * sizeof(float));
  float *data = static_cast<float *>(TF_TensorData(t));
  data[0] = 1.0f;
  float first = data[0];
  TF_DeleteTensor(t);
  return first;
}
