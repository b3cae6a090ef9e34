// TensorFlow Lite C API, clean: the model data buffer outlives the model and the interpreter.
#include "tensorflow/lite/c/c_api.h"

#include <vector>

std::vector<char> readFile(const char *path);

float bufferOutlivesEverything(const char *path) {
  std::vector<char> data = readFile(path);
  TfLiteModel *model = TfLiteModelCreate(data.data(), data.size());
  TfLiteInterpreter *interpreter = TfLiteInterpreterCreate(model, nullptr);
  TfLiteModelDelete(model);
  TfLiteInterpreterAllocateTensors(interpreter);
  TfLiteInterpreterInvoke(interpreter);
  float result = 0;
  TfLiteTensorCopyToBuffer(TfLiteInterpreterGetOutputTensor(interpreter, 0), &result, sizeof(result));
  TfLiteInterpreterDelete(interpreter);
  return result;
}
