// TensorFlow C API, clean: operations used while their graph lives; an operation's TF_Output
// given to TF_SessionRun after TF_DeleteGraph (the session keeps the graph, and so its
// operations, alive); a buffer made with TF_NewBufferFromString is a copy (the source may go).
#include "tensorflow/c/c_api.h"

#include <string>

const char *operationWhileGraphLives(TF_Graph *graph) {
  TF_Operation *input = TF_GraphOperationByName(graph, "input");
  const char *name = TF_OperationName(input);
  return name;
}

int finishThenQuery(TF_Status *status) {
  TF_Graph *graph = TF_NewGraph();
  TF_OperationDescription *desc = TF_NewOperation(graph, "Placeholder", "x");
  TF_SetAttrType(desc, "dtype", TF_FLOAT);
  TF_Operation *x = TF_FinishOperation(desc, status);
  int n = TF_OperationNumOutputs(x);
  TF_DeleteGraph(graph);
  return n;
}

void runAfterGraphDeleted(TF_SessionOptions *opts, TF_Status *status) {
  TF_Graph *graph = TF_NewGraph();
  TF_Session *session = TF_NewSession(graph, opts, status);
  TF_Operation *output = TF_GraphOperationByName(graph, "output");
  TF_DeleteGraph(graph);
  TF_Output fetch = {output, 0};
  TF_Tensor *values[1] = {nullptr};
  TF_SessionRun(session, nullptr, nullptr, nullptr, 0, &fetch, values, 1, nullptr, 0, nullptr, status);
  TF_CloseSession(session, status);
  TF_DeleteSession(session, status);
  TF_DeleteTensor(values[0]);
}

void importCopiedBuffer(TF_Graph *graph, TF_ImportGraphDefOptions *opts, TF_Status *status) {
  TF_Buffer *graphDef = nullptr;
  {
    std::string proto = "...";
    graphDef = TF_NewBufferFromString(proto.data(), proto.size());
  }
  TF_GraphImportGraphDef(graph, graphDef, opts, status);
  TF_DeleteBuffer(graphDef);
}
