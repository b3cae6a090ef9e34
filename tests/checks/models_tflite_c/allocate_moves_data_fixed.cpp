// TensorFlow Lite C API, clean: the data pointer is re-fetched after AllocateTensors; a pointer
// kept across Invoke (fixed shapes) is fine.
#include "tensorflow/lite/c/c_api.h"

float refetchAfterAllocate(TfLiteInterpreter *interpreter) {
  int dims[2] = {8, 224};
  TfLiteInterpreterResizeInputTensor(interpreter, 0, dims, 2);
  TfLiteInterpreterAllocateTensors(interpreter);
  TfLiteTensor *in = TfLiteInterpreterGetInputTensor(interpreter, 0);
  float *data = static_cast<float *>(TfLiteTensorData(in));
  data[0] = 1.0f;
  TfLiteInterpreterInvoke(interpreter);
  data[0] = 2.0f;
  TfLiteInterpreterInvoke(interpreter);
  return data[0];
}
