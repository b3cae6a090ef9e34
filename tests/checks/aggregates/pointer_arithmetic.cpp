// Pointer arithmetic stays in the memory its pointer points into: `d + 2`, `*(d + 1)`, `e++`
// read and write what `d[3]` does, and die with it.
#include "tensorflow/c/c_api.h"

float offsetPointerRead(TF_Tensor *t) {
  float *d = static_cast<float *>(TF_TensorData(t));
  float *e = d + 2;
  TF_DeleteTensor(t);
  return *e;
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: 'e' is read after 't' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't' was destroyed here
}

float offsetDereferenced(TF_Tensor *t) {
  float *d = static_cast<float *>(TF_TensorData(t));
  TF_DeleteTensor(t);
  return *(d + 1);
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: 'd' is read after 't' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't' was destroyed here
}

void offsetAssignedThenWritten(TF_Tensor *t) {
  float *d = static_cast<float *>(TF_TensorData(t));
  float *e = nullptr;
  e = 1 + d;
  TF_DeleteTensor(t);
  *e++ = 1.0f;
  // CHECK-NOTES: :[[@LINE-1]]:4: warning: 'e' is written after 't' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't' was destroyed here
}

// Looks similar but is fine: read through the offsets before the tensor is deleted.
float readBeforeDelete(TF_Tensor *t) {
  float *d = static_cast<float *>(TF_TensorData(t));
  float *e = d + 2;
  float x = *e + *(d + 1);
  TF_DeleteTensor(t);
  return x;
}

// Looks similar but is fine: the offset pointer is into another tensor, still alive.
float offsetIntoAnother(TF_Tensor *t, TF_Tensor *u) {
  float *e = static_cast<float *>(TF_TensorData(u)) + 2;
  TF_DeleteTensor(t);
  return e[0];
}
