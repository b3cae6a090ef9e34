// Fix-it: a TfLiteTensorData pointer used after ResizeInputTensor and AllocateTensors is fetched
// again once, after the last of them (the initialiser only calls accessors of the live
// interpreter).
// FIXED: clean
#include "tensorflow/lite/c/c_api.h"

float staleAfterAllocate(TfLiteInterpreter *interpreter) {
  TfLiteTensor *in = TfLiteInterpreterGetInputTensor(interpreter, 0);
  float *data = static_cast<float *>(TfLiteTensorData(in));
  int dims[2] = {8, 224};
  TfLiteInterpreterResizeInputTensor(interpreter, 0, dims, 2);
  TfLiteInterpreterAllocateTensors(interpreter);
  // CHECK-FIXES: {{^}}  TfLiteInterpreterResizeInputTensor(interpreter, 0, dims, 2);{{$}}
  // CHECK-FIXES-NEXT: {{^}}  TfLiteInterpreterAllocateTensors(interpreter);{{$}}
  // CHECK-FIXES-NEXT: {{^}}  data = static_cast<float *>(TfLiteTensorData(in));{{$}}
  return data[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'data' is read after interpreter 'interpreter' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-7]]:3: note: interpreter 'interpreter' was reallocated here
  // CHECK-NOTES: :[[@LINE-7]]:3: note: interpreter 'interpreter' was reallocated here
}
