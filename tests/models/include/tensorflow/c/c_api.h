// Test re-declaration of tensorflow/c/c_api.h (TensorFlow 2.x): declarations only, no tensorlife
// annotations (the built-in model tensorflow-c provides the knowledge). Written from the public
// header (tensorflow/c/c_api.h); a subset.
#ifndef TENSORFLOW_C_C_API_H_
#define TENSORFLOW_C_C_API_H_

#include <stddef.h>
#include <stdint.h>

#include "tensorflow/c/tf_status.h"
#include "tensorflow/c/tf_tensor.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct TF_Buffer {
  const void* data;
  size_t length;
  void (*data_deallocator)(void* data, size_t length);
} TF_Buffer;

// Makes a copy of the input and sets an appropriate deallocator.
extern TF_Buffer* TF_NewBufferFromString(const void* proto, size_t proto_len);
extern TF_Buffer* TF_NewBuffer(void);
extern void TF_DeleteBuffer(TF_Buffer*);
extern TF_Buffer TF_GetBuffer(TF_Buffer* buffer);

typedef struct TF_SessionOptions TF_SessionOptions;
extern TF_SessionOptions* TF_NewSessionOptions(void);
extern void TF_DeleteSessionOptions(TF_SessionOptions*);

typedef struct TF_Graph TF_Graph;
extern TF_Graph* TF_NewGraph(void);
extern void TF_DeleteGraph(TF_Graph*);

typedef struct TF_Operation TF_Operation;

typedef struct TF_Output {
  TF_Operation* oper;
  int index;
} TF_Output;

typedef struct TF_OperationDescription TF_OperationDescription;
typedef struct TF_ImportGraphDefOptions TF_ImportGraphDefOptions;

extern TF_Operation* TF_GraphOperationByName(TF_Graph* graph, const char* oper_name);
extern void TF_GraphToGraphDef(TF_Graph* graph, TF_Buffer* output_graph_def, TF_Status* status);
extern void TF_GraphImportGraphDef(TF_Graph* graph, const TF_Buffer* graph_def,
                                   const TF_ImportGraphDefOptions* options, TF_Status* status);

extern TF_OperationDescription* TF_NewOperation(TF_Graph* graph, const char* op_type,
                                                const char* oper_name);
extern void TF_SetAttrType(TF_OperationDescription* desc, const char* attr_name,
                           TF_DataType value);
// If this function succeeds: a non-null value pointing to the added operation is returned --
// this value is valid until the underlying graph is deleted. In either case, it deletes `desc`.
extern TF_Operation* TF_FinishOperation(TF_OperationDescription* desc, TF_Status* status);

extern const char* TF_OperationName(TF_Operation* oper);
extern const char* TF_OperationOpType(TF_Operation* oper);
extern const char* TF_OperationDevice(TF_Operation* oper);
extern int TF_OperationNumOutputs(TF_Operation* oper);
extern int TF_OperationNumInputs(TF_Operation* oper);

typedef struct TF_Session TF_Session;

// Return a new execution session with the associated graph, or NULL on error. Does not take
// ownership of any input parameters.
// *`graph` must be a valid graph (not deleted or nullptr). `graph` will be kept alive for the
// lifetime of the returned TF_Session. New nodes can still be added to `graph` after this call.
extern TF_Session* TF_NewSession(TF_Graph* graph, const TF_SessionOptions* opts,
                                 TF_Status* status);

// Close a session.
extern void TF_CloseSession(TF_Session*, TF_Status* status);

// Destroy a session object.
extern void TF_DeleteSession(TF_Session*, TF_Status* status);

// On success, the tensors corresponding to outputs[0,noutputs-1] are placed in
// output_values[]. Ownership of the elements of output_values[] is transferred to the caller,
// which must eventually call TF_DeleteTensor on them.
extern void TF_SessionRun(TF_Session* session,
                          // RunOptions
                          const TF_Buffer* run_options,
                          // Input tensors
                          const TF_Output* inputs, TF_Tensor* const* input_values, int ninputs,
                          // Output tensors
                          const TF_Output* outputs, TF_Tensor** output_values, int noutputs,
                          // Target operations
                          const TF_Operation* const* target_opers, int ntargets,
                          // RunMetadata
                          TF_Buffer* run_metadata,
                          // Output status
                          TF_Status*);

#ifdef __cplusplus
}
#endif

#endif
