// std::shared_ptr<T>(p, deleter) with a deleter that ends what it gets (TF_DeleteTensor) owns p
// the way std::unique_ptr<T, decltype(&TF_DeleteTensor)> does, shared with its copies: the tensor
// dies with the last owner (reset, scope end, assignment), and what points into it dies too.
// Where the owners cannot be counted (a copy given to a function, stored or returned), nothing
// ends.
#include "tensorflow/c/c_api.h"

#include <memory>
#include <utility>
#include <vector>

using Tensor = std::shared_ptr<TF_Tensor>;

TF_Tensor *allocate() {
  int64_t dims[1] = {4};
  return TF_AllocateTensor(TF_FLOAT, dims, 1, 4 * sizeof(float));
}

float readAfterOnlyOwnerReset() {
  Tensor t(allocate(), TF_DeleteTensor);
  float *data = static_cast<float *>(TF_TensorData(t.get()));
  t.reset();
  return data[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'data' is read after 't' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't' was destroyed here
}

float readAfterOnlyOwnerLeftScope() {
  float *data = nullptr;
  {
    Tensor t = Tensor(allocate(), TF_DeleteTensor);
    data = static_cast<float *>(TF_TensorData(t.get()));
  }
  return data[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'data' is read after 't' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't' was destroyed here
}

float readAfterBothCopiesReset() {
  Tensor t(allocate(), TF_DeleteTensor);
  Tensor copy = t;
  float *data = static_cast<float *>(TF_TensorData(t.get()));
  t.reset();
  copy.reset();
  return data[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'data' is read after 'copy' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'copy' was destroyed here
}

float readAfterCopyLeftItsBlock() {
  float *data = nullptr;
  Tensor t(allocate(), TF_DeleteTensor);
  {
    Tensor copy = t;
    data = static_cast<float *>(TF_TensorData(copy.get()));
    t.reset();
  }
  return data[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'data' is read after 'copy' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'copy' was destroyed here
}

size_t tensorReadThroughRawPointerAfterLastOwner() {
  Tensor t(allocate(), TF_DeleteTensor);
  TF_Tensor *raw = t.get();
  Tensor moved = std::move(t);
  moved.reset();
  return TF_TensorByteSize(raw);
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: 'raw' is read after 'moved' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'moved' was destroyed here
}

float readAfterLastOwnerAssignedOver() {
  Tensor t(allocate(), TF_DeleteTensor);
  float *data = static_cast<float *>(TF_TensorData(t.get()));
  t = Tensor(allocate(), TF_DeleteTensor);
  return data[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'data' is read after 't' was replaced [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't' was replaced here
}

// Looks similar but is fine: a copy still owns the tensor when the first owner lets go.
float copyKeepsItAlive() {
  Tensor t(allocate(), TF_DeleteTensor);
  Tensor keeper = t;
  float *data = static_cast<float *>(TF_TensorData(t.get()));
  t.reset();
  return data[0] + TF_TensorByteSize(keeper.get());
}

// Looks similar but is fine: the copy made inside the block outlives it.
float copyEscapesTheBlock() {
  Tensor keeper;
  float *data = nullptr;
  {
    Tensor t(allocate(), TF_DeleteTensor);
    keeper = t;
    data = static_cast<float *>(TF_TensorData(t.get()));
  }
  return data[0];
}

// Looks similar but is fine: moved to another owner, which still holds it.
float movedToAnotherOwner() {
  Tensor t(allocate(), TF_DeleteTensor);
  float *data = static_cast<float *>(TF_TensorData(t.get()));
  Tensor owner = std::move(t);
  t.reset();
  return data[0];
}

// Looks similar but is fine: on one path a copy keeps the tensor alive; the owners cannot be
// counted exactly on both, so nothing is said.
float copiedOnOneBranch(bool keep) {
  Tensor keeper;
  Tensor t(allocate(), TF_DeleteTensor);
  if (keep)
    keeper = t;
  float *data = static_cast<float *>(TF_TensorData(t.get()));
  t.reset();
  return keep ? data[0] : 0.0f;
}

void store(Tensor t);

// Looks similar but is fine: a copy given to a function may be kept there.
float copyGivenAway() {
  Tensor t(allocate(), TF_DeleteTensor);
  float *data = static_cast<float *>(TF_TensorData(t.get()));
  store(t);
  t.reset();
  return data[0];
}

// Looks similar but is fine: a lambda holds a copy.
float capturedByALambda() {
  Tensor t(allocate(), TF_DeleteTensor);
  float *data = static_cast<float *>(TF_TensorData(t.get()));
  auto size = [t] { return TF_TensorByteSize(t.get()); };
  t.reset();
  return data[0] + size();
}

// Looks similar but is fine: a container holds a copy.
float storedInAContainer(std::vector<Tensor> &pool) {
  Tensor t(allocate(), TF_DeleteTensor);
  float *data = static_cast<float *>(TF_TensorData(t.get()));
  pool.push_back(t);
  t.reset();
  return data[0];
}

// Looks similar but is fine: a deleter that does not delete leaves the tensor to its owner.
float noOpDeleter() {
  TF_Tensor *raw = allocate();
  float *data = nullptr;
  {
    Tensor t(raw, [](TF_Tensor *) {});
    data = static_cast<float *>(TF_TensorData(t.get()));
  }
  float first = data[0];
  TF_DeleteTensor(raw);
  return first;
}

Tensor make();

// Looks similar but is fine: a shared_ptr from elsewhere may have other owners.
float ownersUnknown() {
  Tensor t = make();
  float *data = static_cast<float *>(TF_TensorData(t.get()));
  t.reset();
  return data[0];
}
