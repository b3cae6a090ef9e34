// TensorFlow Lite C++, clean: the buffer outlives the model and the interpreter built from it.
#include "tensorflow/lite/interpreter.h"
#include "tensorflow/lite/kernels/register.h"
#include "tensorflow/lite/model.h"

#include <vector>

std::vector<char> readFile(const char *path);

float bufferKept(const char *path) {
  std::vector<char> buffer = readFile(path);
  std::unique_ptr<tflite::FlatBufferModel> model =
      tflite::FlatBufferModel::BuildFromBuffer(buffer.data(), buffer.size());
  tflite::ops::builtin::BuiltinOpResolver resolver;
  std::unique_ptr<tflite::Interpreter> interpreter;
  tflite::InterpreterBuilder(*model, resolver)(&interpreter);
  interpreter->AllocateTensors();
  interpreter->Invoke();
  return interpreter->typed_output_tensor<float>(0)[0];
}
