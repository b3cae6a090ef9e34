// A pointer taken through an unnamed intermediate (a nested call, a dereference of a call) holds
// what the intermediate borrows from: TfLiteTensorData of a tensor borrowed from the interpreter
// points into the interpreter's memory.
#include "tensorflow/lite/c/c_api.h"

void nestedCallThenAllocate(TfLiteInterpreter *ip, float v) {
  float *in = static_cast<float *>(TfLiteTensorData(TfLiteInterpreterGetInputTensor(ip, 0)));
  TfLiteInterpreterAllocateTensors(ip);
  in[0] = v;
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: 'in' is written after interpreter 'ip' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: interpreter 'ip' was reallocated here
}

int dereferencedCallThenDelete(TfLiteInterpreter *ip) {
  const TfLiteTensor &t = *TfLiteInterpreterGetInputTensor(ip, 0);
  TfLiteInterpreterDelete(ip);
  return TfLiteTensorDim(&t, 0);
  // CHECK-NOTES: :[[@LINE-1]]:26: warning: '&t' is read after interpreter 'ip' was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: interpreter 'ip' was destroyed here
}

float nestedCallThenDelete(TfLiteInterpreter *ip) {
  const float *out =
      static_cast<const float *>(TfLiteTensorData(TfLiteInterpreterGetOutputTensor(ip, 0)));
  TfLiteInterpreterDelete(ip);
  return out[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'out' is read after interpreter 'ip' was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: interpreter 'ip' was destroyed here
}

// Looks similar but is fine: Invoke keeps the memory in place; after AllocateTensors the pointer
// is fetched again.
void refetchedAfterAllocate(TfLiteInterpreter *ip, float v) {
  float *in = static_cast<float *>(TfLiteTensorData(TfLiteInterpreterGetInputTensor(ip, 0)));
  TfLiteInterpreterInvoke(ip);
  in[0] = v;
  TfLiteInterpreterAllocateTensors(ip);
  in = static_cast<float *>(TfLiteTensorData(TfLiteInterpreterGetInputTensor(ip, 0)));
  in[0] = v;
}

// Looks similar but is fine: the dimension is read before the interpreter is deleted.
int readBeforeDelete(TfLiteInterpreter *ip) {
  const TfLiteTensor &t = *TfLiteInterpreterGetInputTensor(ip, 0);
  int n = TfLiteTensorDim(&t, 0);
  TfLiteInterpreterDelete(ip);
  return n;
}
