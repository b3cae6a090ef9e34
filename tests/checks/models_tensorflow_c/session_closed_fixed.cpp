// TensorFlow C API, clean: run, then close and delete. TF_SessionRun's outputs belong to the
// caller (the header does not tie them to the session), so reading them after TF_CloseSession /
// TF_DeleteSession is fine; and TF_NewSession keeps its graph alive, so TF_DeleteGraph while a
// session still uses it is fine.
#include "tensorflow/c/c_api.h"

float runThenClose(TF_Graph *graph, TF_SessionOptions *opts, TF_Status *status, TF_Output *outputs) {
  TF_Session *session = TF_NewSession(graph, opts, status);
  TF_Tensor *values[1] = {nullptr};
  TF_SessionRun(session, nullptr, nullptr, nullptr, 0, outputs, values, 1, nullptr, 0, nullptr, status);
  TF_CloseSession(session, status);
  TF_DeleteSession(session, status);
  TF_Tensor *result = values[0];
  float first = *static_cast<float *>(TF_TensorData(result));
  TF_DeleteTensor(result);
  return first;
}

void graphDeletedWhileSessionRuns(TF_SessionOptions *opts, TF_Status *status, TF_Output *outputs) {
  TF_Graph *graph = TF_NewGraph();
  TF_Session *session = TF_NewSession(graph, opts, status);
  TF_DeleteGraph(graph);
  TF_Tensor *values[1] = {nullptr};
  TF_SessionRun(session, nullptr, nullptr, nullptr, 0, outputs, values, 1, nullptr, 0, nullptr, status);
  TF_CloseSession(session, status);
  TF_DeleteSession(session, status);
  TF_DeleteTensor(values[0]);
}
