// TensorFlow C API (built-in model tensorflow-c): TF_SessionRun needs an open, live session.
#include "tensorflow/c/c_api.h"

void runAfterClose(TF_Graph *graph, TF_SessionOptions *opts, TF_Status *status, TF_Output *outputs) {
  TF_Session *session = TF_NewSession(graph, opts, status);
  TF_CloseSession(session, status);
  TF_Tensor *values[1] = {nullptr};
  TF_SessionRun(session, nullptr, nullptr, nullptr, 0, outputs, values, 1, nullptr, 0, nullptr, status);
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: session 'session' is run after it was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: session 'session' was closed here
  // CHECK-NOTES: :[[@LINE-5]]:3: note: move the close after the last use, line [[#@LINE-3]]
  TF_DeleteSession(session, status);
}

void runAfterDelete(TF_Graph *graph, TF_SessionOptions *opts, TF_Status *status, TF_Output *outputs) {
  TF_Session *session = TF_NewSession(graph, opts, status);
  TF_DeleteSession(session, status);
  TF_Tensor *values[1] = {nullptr};
  TF_SessionRun(session, nullptr, nullptr, nullptr, 0, outputs, values, 1, nullptr, 0, nullptr, status);
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: session 'session' is run after it was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: session 'session' was destroyed here
}
