// ONNX Runtime C++: a helper that returns an Ort::Value made by CreateTensor over its own local
// vector, or a data pointer into a local Ort::Value (one of the values Run returned), hands out
// memory that is destroyed when it returns.
#include "onnxruntime_cxx_api.h"

#include <vector>

Ort::Value makeInput(const Ort::MemoryInfo &info) {
  std::vector<float> data(4, 1.0f);
  std::vector<int64_t> shape{1, 4};
  Ort::Value input = Ort::Value::CreateTensor<float>(info, data.data(), data.size(), shape.data(), shape.size());
  return input;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: returned tensor 'input' views buffer 'data', which is destroyed when 'makeInput' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-5]]:22: note: buffer 'data' is a local of 'makeInput', declared here
}

const float *firstScore(Ort::Session &s, const Ort::Value &in) {
  const char *i[] = {"in"};
  const char *o[] = {"out"};
  std::vector<Ort::Value> res = s.Run(Ort::RunOptions{nullptr}, i, &in, 1, o, 1);
  return res[0].GetTensorData<float>();
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: returned pointer 'res[0].GetTensorData<float>()' points into buffer 'res', which is destroyed when 'firstScore' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:27: note: buffer 'res' is a local of 'firstScore', declared here
}

float *scratch(const Ort::MemoryInfo &info) {
  std::vector<float> data(4, 0.0f);
  std::vector<int64_t> shape{4};
  Ort::Value v = Ort::Value::CreateTensor<float>(info, data.data(), data.size(), shape.data(), shape.size());
  return v.GetTensorMutableData<float>();
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: returned pointer 'v.GetTensorMutableData<float>()' points into buffer 'data', which is destroyed when 'scratch' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-5]]:22: note: buffer 'data' is a local of 'scratch', declared here
}

// Looks similar but is fine: the buffer is the caller's, who keeps it.
Ort::Value wrapCallers(const Ort::MemoryInfo &info, std::vector<float> &data, std::vector<int64_t> &shape) {
  return Ort::Value::CreateTensor<float>(info, data.data(), data.size(), shape.data(), shape.size());
}

// Looks similar but is fine: the outputs are owned by the caller, who passed them in.
const float *firstOf(std::vector<Ort::Value> &res) { return res[0].GetTensorData<float>(); }

// Looks similar but is fine: Run's outputs own their memory; returning them moves them out.
std::vector<Ort::Value> runOnce(Ort::Session &s, const Ort::Value &in) {
  const char *i[] = {"in"};
  const char *o[] = {"out"};
  std::vector<Ort::Value> res = s.Run(Ort::RunOptions{nullptr}, i, &in, 1, o, 1);
  return res;
}

// Looks similar but is fine: the value read is copied out.
float firstValue(Ort::Session &s, const Ort::Value &in) {
  const char *i[] = {"in"};
  const char *o[] = {"out"};
  std::vector<Ort::Value> res = s.Run(Ort::RunOptions{nullptr}, i, &in, 1, o, 1);
  return res[0].GetTensorData<float>()[0];
}
