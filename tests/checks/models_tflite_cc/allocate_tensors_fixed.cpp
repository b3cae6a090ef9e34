// TensorFlow Lite C++, clean: re-fetch typed_input_tensor after AllocateTensors; a pointer kept
// across Invoke() with fixed shapes is fine.
#include "tensorflow/lite/interpreter.h"

float refetch(tflite::Interpreter &interpreter) {
  interpreter.ResizeInputTensor(interpreter.inputs()[0], {4, 224, 224, 3});
  interpreter.AllocateTensors();
  float *input = interpreter.typed_input_tensor<float>(0);
  input[0] = 1.0f;
  interpreter.Invoke();
  input[0] = 2.0f;
  interpreter.Invoke();
  return interpreter.typed_output_tensor<float>(0)[0];
}
