// TensorFlow Lite C API: TfLiteModelCreate does not copy the model data; the buffer must outlive
// the model.
#include "tensorflow/lite/c/c_api.h"

#include <vector>

std::vector<char> readFile(const char *path);

TfLiteInterpreter *bufferGoneBeforeInterpreterCreate(const char *path) {
  TfLiteModel *model = nullptr;
  {
    std::vector<char> data = readFile(path);
    model = TfLiteModelCreate(data.data(), data.size());
  }
  TfLiteInterpreter *interpreter = TfLiteInterpreterCreate(model, nullptr);
  // CHECK-NOTES: :[[@LINE-1]]:60: warning: 'model' is read after buffer 'data' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'data' was destroyed here
  TfLiteModelDelete(model);
  return interpreter;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: interpreter 'interpreter' is returned after buffer 'data' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-7]]:3: note: buffer 'data' was destroyed here
}
