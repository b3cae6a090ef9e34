// TensorFlow Lite C++: AllocateTensors() and ResizeInputTensor() may move the arena; pointers
// from typed_input_tensor taken before are stale.
#include "tensorflow/lite/interpreter.h"

#include <vector>

void staleInputAfterResize(tflite::Interpreter &interpreter) {
  float *input = interpreter.typed_input_tensor<float>(0);
  interpreter.ResizeInputTensor(interpreter.inputs()[0], {4, 224, 224, 3});
  interpreter.AllocateTensors();
  float first = input[0];
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: 'input' is read after interpreter 'interpreter' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: interpreter 'interpreter' was reallocated here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: interpreter 'interpreter' was reallocated here
  (void)first;
}

void staleAfterAllocate(std::unique_ptr<tflite::Interpreter> &interpreter) {
  float *input = interpreter->typed_input_tensor<float>(0);
  interpreter->AllocateTensors();
  float first = input[0];
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: 'input' is read after interpreter 'interpreter' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: interpreter 'interpreter' was reallocated here
  (void)first;
}
