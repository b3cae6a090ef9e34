// A realistic ONNX-Runtime-style pre-processing stage: input tensors are non-owning views over
// std::vector storage (CreateTensor over a vector), built per request and batched. Bugs: a view
// kept while its vector grows (push_back re-allocates), a view over a temporary vector returned
// by a helper, and a batch view whose backing vector is move-assigned over. The correct versions
// (reserve first, keep the vector alive, move the vector out to a longer-lived owner) stay silent.
#include "tensorlife_test_api.h"

#include <utility>
#include <vector>

namespace {

std::vector<float> tokenize(int requestId);
float scoreOf(const api::Tensor &input);

api::Tensor viewOf(std::vector<float> &values) {
  return api::from_data(values.data(), values.size());
}

float appendPadding(int requestId) {
  std::vector<float> ids = tokenize(requestId);
  api::Tensor input = viewOf(ids);
  ids.push_back(0.0f); // pad to an even length
  return scoreOf(input) + input.at(0);
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: 'input' is read after buffer 'ids' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'ids' was reallocated here
}

// Looks similar but is fine: padded before the view is made.
float appendPaddingFirst(int requestId) {
  std::vector<float> ids = tokenize(requestId);
  ids.push_back(0.0f);
  api::Tensor input = viewOf(ids);
  return input.at(0);
}

float viewOverTemporary(int requestId) {
  api::Tensor input = api::from_data(tokenize(requestId).data(), 16);
  return input.at(0);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'input' is read after temporary 'tokenize(requestId)' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:38: note: temporary 'tokenize(requestId)' was destroyed at the end of the full-expression
}

// Looks similar but is fine: the tokens are kept in a named vector for as long as the view.
float viewOverNamedVector(int requestId) {
  std::vector<float> ids = tokenize(requestId);
  api::Tensor input = api::from_data(ids.data(), ids.size());
  return input.at(0);
}

float batchBufferReplaced(const std::vector<int> &requests) {
  std::vector<float> batch;
  batch.reserve(requests.size() * 16);
  for (int id : requests) {
    std::vector<float> ids = tokenize(id);
    batch.insert(batch.end(), ids.begin(), ids.end());
  }
  api::Tensor input = api::from_data(batch.data(), batch.size());
  std::vector<float> next = tokenize(-1);
  batch = std::move(next); // recycle the buffer for the next batch
  return input.at(0);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'input' is read after buffer 'batch' was replaced [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'batch' was replaced here
}

// Looks similar but is fine: the batch storage is moved out to an owner that outlives the read.
float batchBufferHandedOver(const std::vector<int> &requests, std::vector<float> &owner) {
  std::vector<float> batch;
  for (int id : requests) {
    std::vector<float> ids = tokenize(id);
    batch.insert(batch.end(), ids.begin(), ids.end());
  }
  api::Tensor input = api::from_data(batch.data(), batch.size());
  owner = std::move(batch);
  return input.at(0);
}

// Looks similar but is fine: the batch is read (copied out) before its buffer is recycled.
std::vector<float> batchCopiedBeforeRecycle(const std::vector<int> &requests) {
  std::vector<float> batch = tokenize(requests.front());
  api::Tensor input = api::from_data(batch.data(), batch.size());
  std::vector<float> values = input.to_vector();
  batch = tokenize(requests.back());
  api::Tensor next = api::from_data(batch.data(), batch.size());
  api::print(next);
  return values;
}

// Looks similar but is fine: one view per request, each read while its vector lives.
float scoreAll(const std::vector<int> &requests) {
  float total = 0;
  for (int id : requests) {
    std::vector<float> ids = tokenize(id);
    api::Tensor input = viewOf(ids);
    total += scoreOf(input);
  }
  return total;
}

} // namespace

int main() {
  std::vector<int> requests = {1, 2, 3};
  std::vector<float> owner;
  float a = appendPaddingFirst(1) + viewOverNamedVector(2);
  float b = batchBufferHandedOver(requests, owner) + scoreAll(requests);
  std::vector<float> c = batchCopiedBeforeRecycle(requests);
  return static_cast<int>(a + b + c.size());
}
