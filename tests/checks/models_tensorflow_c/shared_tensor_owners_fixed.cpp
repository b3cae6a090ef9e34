// TensorFlow C API held by std::shared_ptr with TensorFlow's deleters, clean: cppflow's own
// patterns, where the data is read while an owner lives, or a copy kept elsewhere holds it.
#include "tensorflow/c/eager/c_api.h"

#include <cstring>
#include <memory>
#include <vector>

// Looks similar but is fine: cppflow's tensor::get_data, reading before the owner goes.
std::vector<float> getData(TFE_TensorHandle *h, TF_Status *status) {
  auto res_tensor = std::shared_ptr<TF_Tensor>(TFE_TensorHandleResolve(h, status), TF_DeleteTensor);
  auto raw_data = TF_TensorData(res_tensor.get());
  size_t size = TF_TensorByteSize(res_tensor.get()) / sizeof(float);
  const auto data = static_cast<float *>(raw_data);
  std::vector<float> values(size);
  std::memcpy(values.data(), data, size * sizeof(float));
  return values;
}

struct tensor {
  std::shared_ptr<TF_Tensor> tf_tensor;
  std::shared_ptr<TFE_TensorHandle> tfe_handle;
};

// Looks similar but is fine: a copy stored in a struct keeps the tensor alive.
float keptByTheWrapper(TF_Tensor *t) {
  tensor wrapper;
  float *data = nullptr;
  {
    std::shared_ptr<TF_Tensor> local(t, TF_DeleteTensor);
    wrapper.tf_tensor = local;
    data = static_cast<float *>(TF_TensorData(local.get()));
  }
  return data[0];
}

// Looks similar but is fine: the handle keeps its own reference to the tensor's buffer.
int handleOutlivesTensorOwner(TF_Tensor *t, TF_Status *status) {
  auto tf_tensor = std::shared_ptr<TF_Tensor>(t, TF_DeleteTensor);
  auto tfe_handle = std::shared_ptr<TFE_TensorHandle>(TFE_NewTensorHandle(tf_tensor.get(), status),
                                                      TFE_DeleteTensorHandle);
  tf_tensor.reset();
  return TFE_TensorHandleNumDims(tfe_handle.get(), status);
}
