// TensorFlow Lite C API: TfLiteTensorData points into interpreter memory, which
// TfLiteInterpreterAllocateTensors (and a ResizeInputTensor, which must be followed by it) may
// move: a pointer fetched before is stale.
#include "tensorflow/lite/c/c_api.h"

void staleAfterAllocate(TfLiteInterpreter *interpreter) {
  TfLiteTensor *in = TfLiteInterpreterGetInputTensor(interpreter, 0);
  float *data = static_cast<float *>(TfLiteTensorData(in));
  int dims[2] = {8, 224};
  TfLiteInterpreterResizeInputTensor(interpreter, 0, dims, 2);
  TfLiteInterpreterAllocateTensors(interpreter);
  float first = data[0];
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: 'data' is read after interpreter 'interpreter' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: interpreter 'interpreter' was reallocated here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: interpreter 'interpreter' was reallocated here
  TfLiteInterpreterInvoke(interpreter);
  (void)first;
}
