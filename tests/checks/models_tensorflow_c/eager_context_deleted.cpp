// TensorFlow eager C API (built-in model tensorflow-c): an op and the handles TFE_Execute computes
// live in their TFE_Context ("TFE_DeleteOp() is called before TFE_DeleteContext()").
#include "tensorflow/c/eager/c_api.h"

TF_Tensor *resolveAfterContextDeleted(TFE_TensorHandle *a, TFE_TensorHandle *b, TF_Status *status) {
  TFE_ContextOptions *opts = TFE_NewContextOptions();
  TFE_Context *ctx = TFE_NewContext(opts, status);
  TFE_DeleteContextOptions(opts);
  TFE_Op *add = TFE_NewOp(ctx, "AddV2", status);
  TFE_OpAddInput(add, a, status);
  TFE_OpAddInput(add, b, status);
  TFE_TensorHandle *c = nullptr;
  int outputs = 1;
  TFE_Execute(add, &c, &outputs, status);
  TFE_DeleteOp(add);
  TFE_DeleteContext(ctx, status);
  TF_Tensor *result = TFE_TensorHandleResolve(c, status);
  // CHECK-NOTES: :[[@LINE-1]]:47: warning: 'c' is read after session 'ctx' was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'ctx' was destroyed here
  TFE_DeleteTensorHandle(c);
  return result;
}

void executeAfterContextDeleted(TFE_TensorHandle *a, TF_Status *status) {
  TFE_Context *ctx = TFE_NewContext(nullptr, status);
  TFE_Op *neg = TFE_NewOp(ctx, "Neg", status);
  TFE_DeleteContext(ctx, status);
  TFE_OpAddInput(neg, a, status);
  // CHECK-NOTES: :[[@LINE-1]]:18: warning: 'neg' is read after session 'ctx' was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'ctx' was destroyed here
  TFE_DeleteOp(neg);
}

TFE_Op *newOpOnDeletedContext(TF_Status *status) {
  TFE_Context *ctx = TFE_NewContext(nullptr, status);
  TFE_DeleteContext(ctx, status);
  return TFE_NewOp(ctx, "Neg", status);
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: session 'ctx' is run after it was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'ctx' was destroyed here
}
