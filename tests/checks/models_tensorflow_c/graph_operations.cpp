// TensorFlow C API (built-in model tensorflow-c): a TF_Operation is borrowed from its TF_Graph
// ("valid until the underlying graph is deleted"); TF_FinishOperation deletes its description; a
// deleted graph cannot be used.
#include "tensorflow/c/c_api.h"

const char *operationAfterGraphDeleted() {
  TF_Graph *graph = TF_NewGraph();
  TF_Operation *input = TF_GraphOperationByName(graph, "input");
  TF_DeleteGraph(graph);
  return TF_OperationName(input);
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: 'input' is read after session 'graph' was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'graph' was destroyed here
}

int finishedOperationAfterGraphDeleted(TF_Status *status) {
  TF_Graph *graph = TF_NewGraph();
  TF_OperationDescription *desc = TF_NewOperation(graph, "Placeholder", "x");
  TF_SetAttrType(desc, "dtype", TF_FLOAT);
  TF_Operation *x = TF_FinishOperation(desc, status);
  TF_DeleteGraph(graph);
  return TF_OperationNumOutputs(x);
  // CHECK-NOTES: :[[@LINE-1]]:33: warning: 'x' is read after session 'graph' was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'graph' was destroyed here
}

void descriptionAfterFinish(TF_Graph *graph, TF_Status *status) {
  TF_OperationDescription *desc = TF_NewOperation(graph, "Placeholder", "x");
  TF_FinishOperation(desc, status);
  TF_SetAttrType(desc, "dtype", TF_FLOAT);
  // CHECK-NOTES: :[[@LINE-1]]:18: warning: 'desc' is read after it was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'desc' was destroyed here
}

TF_Operation *lookupInDeletedGraph() {
  TF_Graph *graph = TF_NewGraph();
  TF_DeleteGraph(graph);
  return TF_GraphOperationByName(graph, "input");
  // CHECK-NOTES: :[[@LINE-1]]:34: warning: session 'graph' is run after it was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'graph' was destroyed here
}

TF_Session *sessionOnDeletedGraph(TF_SessionOptions *opts, TF_Status *status) {
  TF_Graph *graph = TF_NewGraph();
  TF_DeleteGraph(graph);
  return TF_NewSession(graph, opts, status);
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: session 'graph' is run after it was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'graph' was destroyed here
}

void importDeletedBuffer(TF_Graph *graph, TF_ImportGraphDefOptions *opts, TF_Status *status) {
  TF_Buffer *graphDef = TF_NewBufferFromString("...", 3);
  TF_DeleteBuffer(graphDef);
  TF_GraphImportGraphDef(graph, graphDef, opts, status);
  // CHECK-NOTES: :[[@LINE-1]]:33: warning: 'graphDef' is read after it was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'graphDef' was destroyed here
}
