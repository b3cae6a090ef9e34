// Summaries carry what a result depends on through a parameter, including result_shares: an
// interpreter a helper builds from the caller's model keeps needing the caller's model bytes.
#include "tensorflow/lite/c/c_api.h"

#include <vector>

std::vector<char> readFile(const char *path);

TfLiteInterpreter *interpreterFor(TfLiteModel *model) {
  return TfLiteInterpreterCreate(model, nullptr);
}

TfLiteInterpreter *openCallers(const std::vector<char> &bytes) {
  TfLiteModel *m = TfLiteModelCreate(bytes.data(), bytes.size());
  TfLiteInterpreter *ip = TfLiteInterpreterCreate(m, nullptr);
  TfLiteModelDelete(m);
  return ip;
}

void bytesReplacedBeforeInvoke(const char *path) {
  std::vector<char> bytes = readFile(path);
  TfLiteModel *model = TfLiteModelCreate(bytes.data(), bytes.size());
  TfLiteInterpreter *ip = interpreterFor(model);
  TfLiteModelDelete(model);
  bytes = readFile(path);
  TfLiteInterpreterInvoke(ip);
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: interpreter 'ip' is run after buffer 'bytes' was replaced [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'bytes' was replaced here
  TfLiteInterpreterDelete(ip);
}

void bytesGoneBeforeInvoke(const char *path) {
  TfLiteInterpreter *ip = nullptr;
  {
    std::vector<char> bytes = readFile(path);
    ip = openCallers(bytes);
  }
  TfLiteInterpreterInvoke(ip);
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: interpreter 'ip' is run after buffer 'bytes' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'bytes' was destroyed here
  TfLiteInterpreterDelete(ip);
}

// Looks similar but is fine: the caller keeps the bytes while the interpreter runs; deleting the
// model object early is fine.
void bytesKept(const char *path) {
  std::vector<char> bytes = readFile(path);
  TfLiteModel *model = TfLiteModelCreate(bytes.data(), bytes.size());
  TfLiteInterpreter *ip = interpreterFor(model);
  TfLiteModelDelete(model);
  TfLiteInterpreterInvoke(ip);
  TfLiteInterpreterDelete(ip);
}

void bytesKeptByCaller(const char *path) {
  std::vector<char> bytes = readFile(path);
  TfLiteInterpreter *ip = openCallers(bytes);
  TfLiteInterpreterInvoke(ip);
  TfLiteInterpreterDelete(ip);
}
