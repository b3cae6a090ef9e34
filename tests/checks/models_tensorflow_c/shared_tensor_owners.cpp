// TensorFlow C API held by std::shared_ptr with TensorFlow's deleters, as cppflow does
// (`std::shared_ptr<TF_Tensor>(t, TF_DeleteTensor)`): the tensor or handle dies with the last
// owner, and the data pointer and raw handles taken from it die too.
#include "tensorflow/c/eager/c_api.h"

#include <memory>

float dataAfterResolvedTensorGone(TFE_TensorHandle *h, TF_Status *status) {
  float *raw = nullptr;
  {
    auto res_tensor = std::shared_ptr<TF_Tensor>(TFE_TensorHandleResolve(h, status), TF_DeleteTensor);
    raw = static_cast<float *>(TF_TensorData(res_tensor.get()));
  }
  return raw[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'raw' is read after 'res_tensor' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'res_tensor' was destroyed here
}

int handleAfterLastOwnerReset(TF_Tensor *t, TF_Status *status) {
  std::shared_ptr<TFE_TensorHandle> handle(TFE_NewTensorHandle(t, status), TFE_DeleteTensorHandle);
  TFE_TensorHandle *h = handle.get();
  std::shared_ptr<TFE_TensorHandle> copy = handle;
  handle.reset();
  copy.reset();
  return TFE_TensorHandleNumDims(h, status);
  // CHECK-NOTES: :[[@LINE-1]]:34: warning: 'h' is read after 'copy' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'copy' was destroyed here
}
