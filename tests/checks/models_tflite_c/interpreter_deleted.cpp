// TensorFlow Lite C API (built-in model tflite-c): input/output tensors are borrowed from the
// interpreter and die with TfLiteInterpreterDelete.
#include "tensorflow/lite/c/c_api.h"

float outputAfterInterpreterDelete(const TfLiteModel *model) {
  TfLiteInterpreter *interpreter = TfLiteInterpreterCreate(model, nullptr);
  TfLiteInterpreterAllocateTensors(interpreter);
  TfLiteInterpreterInvoke(interpreter);
  const TfLiteTensor *output = TfLiteInterpreterGetOutputTensor(interpreter, 0);
  TfLiteInterpreterDelete(interpreter);
  float result = 0;
  TfLiteTensorCopyToBuffer(output, &result, sizeof(result));
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: 'output' is read after interpreter 'interpreter' was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: interpreter 'interpreter' was destroyed here
  return result;
}

void invokeAfterDelete(const TfLiteModel *model) {
  TfLiteInterpreter *interpreter = TfLiteInterpreterCreate(model, nullptr);
  TfLiteInterpreterDelete(interpreter);
  TfLiteInterpreterInvoke(interpreter);
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: interpreter 'interpreter' is run after it was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: interpreter 'interpreter' was destroyed here
}
