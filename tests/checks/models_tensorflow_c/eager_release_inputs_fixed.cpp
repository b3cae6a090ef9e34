// The eager scenario of samples/release_inputs_then_print_bug.cpp in TensorFlow's eager C API,
// clean: unlike the bundled runtime's lazy `a + b`, an op holds references to its inputs, so
// deleting the input handles ("del a, b") after TFE_OpAddInput or after TFE_Execute and then
// reading the output ("print(c)") is fine. So is TF_DeleteTensor right after
// TFE_NewTensorHandle (the handle shares the tensor's buffer).
#include "tensorflow/c/eager/c_api.h"

float deleteInputsThenResolve(TFE_Context *ctx, TF_Tensor *x, TF_Tensor *y, TF_Status *status) {
  TFE_TensorHandle *a = TFE_NewTensorHandle(x, status);
  TFE_TensorHandle *b = TFE_NewTensorHandle(y, status);
  TF_DeleteTensor(x);
  TF_DeleteTensor(y);
  TFE_Op *add = TFE_NewOp(ctx, "AddV2", status);
  TFE_OpAddInput(add, a, status);
  TFE_OpAddInput(add, b, status);
  TFE_DeleteTensorHandle(a);
  TFE_TensorHandle *c = nullptr;
  int outputs = 1;
  TFE_Execute(add, &c, &outputs, status);
  TFE_DeleteTensorHandle(b);
  TFE_DeleteOp(add);

  TF_Tensor *result = TFE_TensorHandleResolve(c, status);
  float first = *static_cast<float *>(TF_TensorData(result));
  TF_DeleteTensor(result);
  TFE_DeleteTensorHandle(c);
  return first;
}
