// TensorFlow Lite C++: FlatBufferModel::BuildFromBuffer does not copy the buffer; building an
// interpreter from a model whose buffer is gone reads freed memory.
#include "tensorflow/lite/interpreter.h"
#include "tensorflow/lite/kernels/register.h"
#include "tensorflow/lite/model.h"

#include <vector>

std::vector<char> readFile(const char *path);

std::unique_ptr<tflite::Interpreter> bufferGone(const char *path) {
  std::unique_ptr<tflite::FlatBufferModel> model;
  {
    std::vector<char> buffer = readFile(path);
    model = tflite::FlatBufferModel::BuildFromBuffer(buffer.data(), buffer.size());
  }
  tflite::ops::builtin::BuiltinOpResolver resolver;
  std::unique_ptr<tflite::Interpreter> interpreter;
  tflite::InterpreterBuilder(*model, resolver)(&interpreter);
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: 'model' is read after buffer 'buffer' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-5]]:3: note: buffer 'buffer' was destroyed here
  return interpreter;
}
