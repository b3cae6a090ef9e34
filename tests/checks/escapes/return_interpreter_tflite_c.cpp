// TensorFlow Lite C API: a helper that builds an interpreter over model bytes it copied into a
// local vector, and returns it, hands out an interpreter whose model data is destroyed when it
// returns (deleting the model object is fine: the interpreter needs the bytes).
#include "tensorflow/lite/c/c_api.h"

#include <vector>

TfLiteInterpreter *openModel(const std::vector<char> &file) {
  std::vector<char> bytes(file.begin(), file.end());
  TfLiteModel *m = TfLiteModelCreate(bytes.data(), bytes.size());
  TfLiteInterpreter *ip = TfLiteInterpreterCreate(m, nullptr);
  TfLiteModelDelete(m);
  return ip;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: returned interpreter 'ip' views buffer 'bytes', which is destroyed when 'openModel' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-6]]:21: note: buffer 'bytes' is a local of 'openModel', declared here
}

TfLiteModel *loadModel(const std::vector<char> &file) {
  std::vector<char> bytes(file.begin(), file.end());
  return TfLiteModelCreate(bytes.data(), bytes.size());
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: returned tensor 'TfLiteModelCreate(bytes.data(), bytes.size())' views buffer 'bytes', which is destroyed when 'loadModel' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:21: note: buffer 'bytes' is a local of 'loadModel', declared here
}

// Looks similar but is fine: the bytes are the caller's, who keeps them.
TfLiteInterpreter *openCallers(const std::vector<char> &bytes) {
  TfLiteModel *m = TfLiteModelCreate(bytes.data(), bytes.size());
  TfLiteInterpreter *ip = TfLiteInterpreterCreate(m, nullptr);
  TfLiteModelDelete(m);
  return ip;
}

// Looks similar but is fine: the interpreter is run and deleted before the bytes go.
void runLocally(const std::vector<char> &file) {
  std::vector<char> bytes(file.begin(), file.end());
  TfLiteModel *m = TfLiteModelCreate(bytes.data(), bytes.size());
  TfLiteInterpreter *ip = TfLiteInterpreterCreate(m, nullptr);
  TfLiteModelDelete(m);
  TfLiteInterpreterInvoke(ip);
  TfLiteInterpreterDelete(ip);
}
