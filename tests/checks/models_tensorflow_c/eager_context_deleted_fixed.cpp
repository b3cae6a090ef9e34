// TensorFlow eager C API, clean: the op is deleted before the context, the output resolved
// while the context lives; the TF_Tensor TFE_TensorHandleResolve returns is the caller's and
// outlives both the handle and the context; a handle made from a TF_Tensor (TFE_NewTensorHandle)
// belongs to no context.
#include "tensorflow/c/eager/c_api.h"

float resolveThenDeleteContext(TFE_TensorHandle *a, TFE_TensorHandle *b, TF_Status *status) {
  TFE_Context *ctx = TFE_NewContext(nullptr, status);
  TFE_Op *add = TFE_NewOp(ctx, "AddV2", status);
  TFE_OpAddInput(add, a, status);
  TFE_OpAddInput(add, b, status);
  TFE_TensorHandle *c = nullptr;
  int outputs = 1;
  TFE_Execute(add, &c, &outputs, status);
  TFE_DeleteOp(add);
  TF_Tensor *result = TFE_TensorHandleResolve(c, status);
  TFE_DeleteTensorHandle(c);
  TFE_DeleteContext(ctx, status);
  float first = *static_cast<float *>(TF_TensorData(result));
  TF_DeleteTensor(result);
  return first;
}

int handleWithoutContext(TF_Tensor *t, TF_Status *status) {
  TFE_Context *ctx = TFE_NewContext(nullptr, status);
  TFE_TensorHandle *h = TFE_NewTensorHandle(t, status);
  TFE_DeleteContext(ctx, status);
  int dims = TFE_TensorHandleNumDims(h, status);
  TFE_DeleteTensorHandle(h);
  return dims;
}
