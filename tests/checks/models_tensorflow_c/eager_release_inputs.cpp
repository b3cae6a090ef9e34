// The eager scenario of samples/release_inputs_then_print_bug.cpp ("del a, b; print(c)") in
// TensorFlow's eager C API. Deleting the input handles is fine there (see
// eager_release_inputs_fixed.cpp); what dangles is a handle over freed memory: a handle used
// after TFE_DeleteTensorHandle, and a handle over a TF_Tensor that only views a caller's buffer
// (TF_NewTensor with a no-op deallocator) once that buffer is gone.
#include "tensorflow/c/eager/c_api.h"

#include <vector>

static void noDeallocation(void *data, size_t len, void *arg) {}

TF_Tensor *inputDeletedThenAdded(TFE_Context *ctx, TFE_TensorHandle *a, TFE_TensorHandle *b, TF_Status *status) {
  TFE_Op *add = TFE_NewOp(ctx, "AddV2", status);
  TFE_DeleteTensorHandle(a);
  TFE_OpAddInput(add, a, status);
  // CHECK-NOTES: :[[@LINE-1]]:23: warning: 'a' is read after it was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'a' was destroyed here
  TFE_OpAddInput(add, b, status);
  TFE_TensorHandle *c = nullptr;
  int outputs = 1;
  TFE_Execute(add, &c, &outputs, status);
  TFE_DeleteOp(add);
  return TFE_TensorHandleResolve(c, status);
}

int handleOverFreedBuffer(TF_Status *status) {
  int64_t dims[1] = {3};
  TFE_TensorHandle *a = nullptr;
  {
    std::vector<float> values{1, 2, 3};
    TF_Tensor *t = TF_NewTensor(TF_FLOAT, dims, 1, values.data(), 3 * sizeof(float), &noDeallocation, nullptr);
    a = TFE_NewTensorHandle(t, status);
    TF_DeleteTensor(t);
  }
  int n = TFE_TensorHandleNumDims(a, status);
  // CHECK-NOTES: :[[@LINE-1]]:35: warning: 'a' is read after buffer 'values' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'values' was destroyed here
  TFE_DeleteTensorHandle(a);
  return n;
}
