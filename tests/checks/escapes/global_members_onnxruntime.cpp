// ONNX Runtime C++: an Ort::Value made by CreateTensor over a helper's local vector, or a data
// pointer into Run's local results, stored into a member of a global struct outlives what it
// depends on: reported where it is stored.
#include "onnxruntime_cxx_api.h"

#include <vector>

struct Pipeline {
  Ort::Value input{nullptr};
  float *scores = nullptr;
};
Pipeline g_pipeline;

void prepare(const Ort::MemoryInfo &info) {
  std::vector<float> data(4, 1.0f);
  std::vector<int64_t> shape{1, 4};
  g_pipeline.input = Ort::Value::CreateTensor<float>(info, data.data(), data.size(), shape.data(), shape.size());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: global 'g_pipeline.input' views buffer 'data', which is destroyed when 'prepare' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:22: note: buffer 'data' is a local of 'prepare', declared here
}

void keepScores(Ort::Session &s, const Ort::Value &in) {
  const char *i[] = {"in"};
  const char *o[] = {"out"};
  std::vector<Ort::Value> res = s.Run(Ort::RunOptions{nullptr}, i, &in, 1, o, 1);
  g_pipeline.scores = res[0].GetTensorMutableData<float>();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: global 'g_pipeline.scores' points into buffer 'res', which is destroyed when 'keepScores' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:27: note: buffer 'res' is a local of 'keepScores', declared here
}

// Looks similar but is fine: the buffers are static too.
void prepareStatic(const Ort::MemoryInfo &info) {
  static std::vector<float> data(4, 1.0f);
  static std::vector<int64_t> shape{1, 4};
  g_pipeline.input = Ort::Value::CreateTensor<float>(info, data.data(), data.size(), shape.data(), shape.size());
}

// Looks similar but is fine: the value read is copied out; the member keeps no pointer.
float firstScore(Ort::Session &s, const Ort::Value &in) {
  const char *i[] = {"in"};
  const char *o[] = {"out"};
  std::vector<Ort::Value> res = s.Run(Ort::RunOptions{nullptr}, i, &in, 1, o, 1);
  g_pipeline.scores = res[0].GetTensorMutableData<float>();
  float first = g_pipeline.scores[0];
  g_pipeline.scores = nullptr;
  return first;
}

// Looks similar but is fine: an owning value made by the allocator is moved into the member.
void allocate(Ort::AllocatorWithDefaultOptions &a) {
  std::vector<int64_t> shape{1, 4};
  g_pipeline.input = Ort::Value::CreateTensor<float>(a, shape.data(), shape.size());
}
