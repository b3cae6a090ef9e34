// Test re-declaration of tensorflow/c/eager/c_api.h (TensorFlow 2.x, the eager C API):
// declarations only, no tensorlife annotations (the built-in model tensorflow-c provides the
// knowledge). Written from the public header tensorflow/c/eager/c_api.h; a subset.
#ifndef TENSORFLOW_C_EAGER_C_API_H_
#define TENSORFLOW_C_EAGER_C_API_H_

#include "tensorflow/c/c_api.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct TFE_ContextOptions TFE_ContextOptions;
extern TFE_ContextOptions* TFE_NewContextOptions(void);
extern void TFE_DeleteContextOptions(TFE_ContextOptions*);

// "Context" under which operations/functions are executed.
typedef struct TFE_Context TFE_Context;
extern TFE_Context* TFE_NewContext(const TFE_ContextOptions* opts, TF_Status* status);
extern void TFE_DeleteContext(TFE_Context* ctx, TF_Status* status);

// A handle to a tensor on a device.
typedef struct TFE_TensorHandle TFE_TensorHandle;
extern TFE_TensorHandle* TFE_NewTensorHandle(const TF_Tensor* t, TF_Status* status);
// Indicates that the caller will not be using `h` any more.
extern void TFE_DeleteTensorHandle(TFE_TensorHandle* h);
extern TF_DataType TFE_TensorHandleDataType(TFE_TensorHandle* h);
extern int TFE_TensorHandleNumDims(TFE_TensorHandle* h, TF_Status* status);
extern int64_t TFE_TensorHandleDim(TFE_TensorHandle* h, int dim_index, TF_Status* status);
extern const char* TFE_TensorHandleDeviceName(TFE_TensorHandle* h, TF_Status* status);
// This function will block till the operation that produces `h` has completed. The memory
// returned might alias the internal memory used by TensorFlow.
extern TF_Tensor* TFE_TensorHandleResolve(TFE_TensorHandle* h, TF_Status* status);
extern TFE_TensorHandle* TFE_TensorHandleCopyToDevice(TFE_TensorHandle* h, TFE_Context* ctx,
                                                      const char* device_name,
                                                      TF_Status* status);

// Description of the TensorFlow op to execute. Assumes that the provided 'ctx' outlives the
// returned TFE_Op, i.e., TFE_DeleteOp() is called before TFE_DeleteContext().
typedef struct TFE_Op TFE_Op;
extern TFE_Op* TFE_NewOp(TFE_Context* ctx, const char* op_or_function_name, TF_Status* status);
extern void TFE_DeleteOp(TFE_Op* op);
extern void TFE_OpAddInput(TFE_Op* op, TFE_TensorHandle* h, TF_Status* status);
extern void TFE_OpSetAttrType(TFE_Op* op, const char* attr_name, TF_DataType value);
extern void TFE_OpSetAttrInt(TFE_Op* op, const char* attr_name, int64_t value);

// Execute the operation defined by 'op' and return handles to computed tensors in 'retvals'.
// 'retvals' must point to a pre-allocated array of TFE_TensorHandle* and '*num_retvals' should
// be set to the size of this array.
extern void TFE_Execute(TFE_Op* op, TFE_TensorHandle** retvals, int* num_retvals,
                        TF_Status* status);

#ifdef __cplusplus
}
#endif

#endif
