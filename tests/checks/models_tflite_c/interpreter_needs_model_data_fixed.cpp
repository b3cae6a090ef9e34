// TensorFlow Lite C API, clean: the interpreter only needs the model data buffer, which outlives
// it; the model object and a second, unrelated buffer may go first.
#include "tensorflow/lite/c/c_api.h"

#include <vector>

std::vector<char> readFile(const char *path);

void modelDeletedEarly(const char *path) {
  std::vector<char> data = readFile(path);
  TfLiteInterpreter *interpreter = nullptr;
  {
    TfLiteModel *model = TfLiteModelCreate(data.data(), data.size());
    interpreter = TfLiteInterpreterCreate(model, nullptr);
    TfLiteModelDelete(model);
  }
  TfLiteInterpreterAllocateTensors(interpreter);
  TfLiteInterpreterInvoke(interpreter);
  TfLiteInterpreterDelete(interpreter);
}

void unrelatedBufferFreed(const char *path) {
  std::vector<char> data = readFile(path);
  TfLiteModel *model = TfLiteModelCreate(data.data(), data.size());
  TfLiteInterpreter *interpreter = TfLiteInterpreterCreate(model, nullptr);
  {
    std::vector<char> scratch = readFile(path);
    TfLiteTensorCopyFromBuffer(TfLiteInterpreterGetInputTensor(interpreter, 0), scratch.data(),
                               scratch.size());
  }
  TfLiteInterpreterInvoke(interpreter);
  TfLiteInterpreterDelete(interpreter);
  TfLiteModelDelete(model);
}

void bufferFreedAfterTheInterpreter(const char *path) {
  std::vector<char> data = readFile(path);
  TfLiteModel *model = TfLiteModelCreate(data.data(), data.size());
  TfLiteInterpreter *interpreter = TfLiteInterpreterCreate(model, nullptr);
  TfLiteInterpreterInvoke(interpreter);
  TfLiteInterpreterDelete(interpreter);
  TfLiteModelDelete(model);
  data = std::vector<char>();
}
