// An array of handles: each element with a constant index is an object of its own, named
// 'parts[2]'; a range-for over the array designates every element.
#include "tensorflow/c/c_api.h"

int64_t deletedElementRead() {
  int64_t d[1] = {2};
  TF_Tensor *parts[3];
  for (int k = 0; k < 3; ++k)
    parts[k] = TF_AllocateTensor(TF_FLOAT, d, 1, 8);
  TF_DeleteTensor(parts[2]);
  return TF_Dim(parts[2], 0);
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: 'parts[2]' is read after it was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'parts[2]' was destroyed here
}

int64_t allDeletedInRangeFor() {
  int64_t d[1] = {2};
  TF_Tensor *parts[3];
  for (int k = 0; k < 3; ++k)
    parts[k] = TF_AllocateTensor(TF_FLOAT, d, 1, 8);
  for (TF_Tensor *t : parts)
    TF_DeleteTensor(t);
  return TF_Dim(parts[0], 0);
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: 'parts[0]' is read after 'parts' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:5: note: 'parts' was destroyed here
}

// Looks similar but is fine: the element is reassigned before the read.
int64_t reassignedBeforeRead() {
  int64_t d[1] = {2};
  TF_Tensor *parts[3];
  for (int k = 0; k < 3; ++k)
    parts[k] = TF_AllocateTensor(TF_FLOAT, d, 1, 8);
  TF_DeleteTensor(parts[2]);
  parts[2] = TF_AllocateTensor(TF_FLOAT, d, 1, 8);
  return TF_Dim(parts[2], 0);
}

// Looks similar but is fine: another element is read.
int64_t otherElementRead() {
  int64_t d[1] = {2};
  TF_Tensor *parts[3];
  for (int k = 0; k < 3; ++k)
    parts[k] = TF_AllocateTensor(TF_FLOAT, d, 1, 8);
  TF_DeleteTensor(parts[2]);
  return TF_Dim(parts[0], 0);
}
