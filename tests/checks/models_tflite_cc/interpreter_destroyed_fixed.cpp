// TensorFlow Lite C++, clean: the output is copied out while the interpreter lives.
#include "tensorflow/lite/interpreter.h"
#include "tensorflow/lite/kernels/register.h"
#include "tensorflow/lite/model.h"

float outputCopiedOut(const tflite::FlatBufferModel &model) {
  float result = 0;
  {
    tflite::ops::builtin::BuiltinOpResolver resolver;
    std::unique_ptr<tflite::Interpreter> interpreter;
    tflite::InterpreterBuilder(model, resolver)(&interpreter);
    interpreter->AllocateTensors();
    interpreter->Invoke();
    result = interpreter->typed_output_tensor<float>(0)[0];
  }
  return result;
}
