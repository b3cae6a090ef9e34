// Test re-declaration of tensorflow/c/tf_tensor.h and tf_datatype.h (TensorFlow 2.x):
// declarations only, no tensorlife annotations. Written from the public header; a subset.
#ifndef TENSORFLOW_C_TF_TENSOR_H_
#define TENSORFLOW_C_TF_TENSOR_H_

#include <stddef.h>
#include <stdint.h>

#include "tensorflow/c/tf_status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum TF_DataType {
  TF_FLOAT = 1,
  TF_DOUBLE = 2,
  TF_INT32 = 3,
  TF_UINT8 = 4,
} TF_DataType;

typedef struct TF_Tensor TF_Tensor;

// Return a new tensor that holds the bytes data[0,len-1]. The data will be deallocated by a
// subsequent call to TF_DeleteTensor via: (*deallocator)(data, len, deallocator_arg).
extern TF_Tensor* TF_NewTensor(TF_DataType, const int64_t* dims, int num_dims, void* data,
                               size_t len,
                               void (*deallocator)(void* data, size_t len, void* arg),
                               void* deallocator_arg);

// Allocate and return a new Tensor.
extern TF_Tensor* TF_AllocateTensor(TF_DataType, const int64_t* dims, int num_dims, size_t len);

extern TF_Tensor* TF_TensorMaybeMove(TF_Tensor* tensor);

// Destroy a tensor.
extern void TF_DeleteTensor(TF_Tensor*);

extern TF_DataType TF_TensorType(const TF_Tensor*);
extern int TF_NumDims(const TF_Tensor*);
extern int64_t TF_Dim(const TF_Tensor* tensor, int dim_index);
extern size_t TF_TensorByteSize(const TF_Tensor*);

// Return a pointer to the underlying data buffer.
extern void* TF_TensorData(const TF_Tensor*);

extern int64_t TF_TensorElementCount(const TF_Tensor* tensor);
extern bool TF_TensorIsAligned(const TF_Tensor*);

#ifdef __cplusplus
}
#endif

#endif
