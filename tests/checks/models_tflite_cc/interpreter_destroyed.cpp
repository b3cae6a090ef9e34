// TensorFlow Lite C++ (built-in model tflite-cc): typed_output_tensor points into the
// interpreter's arena; it dangles once the std::unique_ptr<Interpreter> is gone.
#include "tensorflow/lite/interpreter.h"
#include "tensorflow/lite/kernels/register.h"
#include "tensorflow/lite/model.h"

float outputAfterInterpreterDestroyed(const tflite::FlatBufferModel &model) {
  float *output = nullptr;
  {
    tflite::ops::builtin::BuiltinOpResolver resolver;
    std::unique_ptr<tflite::Interpreter> interpreter;
    tflite::InterpreterBuilder(model, resolver)(&interpreter);
    interpreter->AllocateTensors();
    interpreter->Invoke();
    output = interpreter->typed_output_tensor<float>(0);
  }
  return output[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'output' is read after interpreter 'interpreter' was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: interpreter 'interpreter' was destroyed here
}
