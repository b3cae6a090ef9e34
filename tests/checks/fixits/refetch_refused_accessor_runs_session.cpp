// No fix-it: typed_input_tensor is modelled as running the interpreter (run(this)), and a call
// that runs a session is not side-effect free by its facts (Invoke has the same fact). The
// warning stays.
#include "tensorflow/lite/interpreter.h"

#include <memory>

float typedInput(std::unique_ptr<tflite::Interpreter> &interpreter) {
  float *input = interpreter->typed_input_tensor<float>(0);
  interpreter->AllocateTensors();
  return input[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'input' is read after interpreter 'interpreter' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: interpreter 'interpreter' was reallocated here
}
