// A struct returned by value carries what its members depend on: a tensor member over a local
// vector that is not in the struct escapes; a vector and the tensor over it travel together.
#include "onnxruntime_cxx_api.h"
#include "torch_min.h"

#include <utility>
#include <vector>

struct Batch {
  std::vector<float> values;
  Ort::Value tensor{nullptr};
};

Batch makeBatch(const Ort::MemoryInfo &info) {
  Batch b;
  b.values = std::vector<float>(4, 1.0f);
  std::vector<float> scratch(4, 0.0f);
  std::vector<int64_t> shape{4};
  b.tensor = Ort::Value::CreateTensor<float>(info, scratch.data(), scratch.size(), shape.data(), shape.size());
  return b;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: returned value 'b' views buffer 'scratch', which is destroyed when 'makeBatch' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-5]]:22: note: buffer 'scratch' is a local of 'makeBatch', declared here
}

struct Owned {
  std::vector<float> data;
  torch::Tensor view;
};

Owned makeOwnedView(int n) {
  std::vector<float> v(n, 1.0f);
  return Owned{std::vector<float>(), torch::from_blob(v.data(), {n})};
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: returned value 'Owned{std::vector<float>(), torch::from_blob(v.data(), {n})}' views buffer 'v', which is destroyed when 'makeOwnedView' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:22: note: buffer 'v' is a local of 'makeOwnedView', declared here
}

// Looks similar but is fine: the tensor views the struct's own vector, which travels with it.
Batch makeOwnBatch(const Ort::MemoryInfo &info) {
  Batch b;
  b.values = std::vector<float>(4, 1.0f);
  std::vector<int64_t> shape{4};
  b.tensor = Ort::Value::CreateTensor<float>(info, b.values.data(), b.values.size(), shape.data(), shape.size());
  return b;
}

// Looks similar but is fine: the viewed vector is moved into the returned struct (its buffer
// moves with it).
Owned makeMovedIn(int n) {
  std::vector<float> v(n, 1.0f);
  Owned o;
  o.view = torch::from_blob(v.data(), {n});
  o.data = std::move(v);
  return o;
}

Owned makeMovedInAggregate(int n) {
  std::vector<float> v(n, 1.0f);
  torch::Tensor t = torch::from_blob(v.data(), {n});
  return Owned{std::move(v), t};
}
