// TensorFlow Lite C API: an interpreter needs the model data buffer for its whole life, even once
// the model object is deleted. Freeing the buffer first leaves the interpreter dangling.
#include "tensorflow/lite/c/c_api.h"

#include <vector>

std::vector<char> readFile(const char *path);

TfLiteInterpreter *bufferDiesWithTheFactory(const char *path) {
  std::vector<char> data = readFile(path);
  TfLiteModel *model = TfLiteModelCreate(data.data(), data.size());
  TfLiteInterpreter *interpreter = TfLiteInterpreterCreate(model, nullptr);
  TfLiteModelDelete(model);
  return interpreter; // the caller runs it after 'data' is gone
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: returned interpreter 'interpreter' views buffer 'data', which is destroyed when 'bufferDiesWithTheFactory' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-6]]:21: note: buffer 'data' is a local of 'bufferDiesWithTheFactory', declared here
}

void bufferFreedBeforeInvoke(const char *path) {
  std::vector<char> data = readFile(path);
  TfLiteModel *model = TfLiteModelCreate(data.data(), data.size());
  TfLiteInterpreter *interpreter = TfLiteInterpreterCreate(model, nullptr);
  TfLiteModelDelete(model);
  data = std::vector<char>();
  TfLiteInterpreterInvoke(interpreter);
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: interpreter 'interpreter' is run after buffer 'data' was replaced [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'data' was replaced here
  TfLiteInterpreterDelete(interpreter);
}

void bufferOutOfScope(const char *path) {
  TfLiteInterpreter *interpreter = nullptr;
  {
    std::vector<char> data = readFile(path);
    TfLiteModel *model = TfLiteModelCreate(data.data(), data.size());
    interpreter = TfLiteInterpreterCreate(model, nullptr);
    TfLiteModelDelete(model);
  }
  TfLiteInterpreterAllocateTensors(interpreter);
  // CHECK-NOTES: :[[@LINE-1]]:36: warning: interpreter 'interpreter' is run after buffer 'data' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'data' was destroyed here
  TfLiteInterpreterDelete(interpreter);
}
