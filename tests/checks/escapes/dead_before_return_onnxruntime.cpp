// ONNX Runtime C++: an Ort::Value made by CreateTensor over a vector of an inner block, or a data
// pointer into Run's results of an inner block, is dead when it is returned: reported as a use
// of it. One left in a reference parameter while its vector dies before the return escapes.
#include "onnxruntime_cxx_api.h"

#include <vector>

Ort::Value makeInput(const Ort::MemoryInfo &info, std::vector<int64_t> &shape) {
  Ort::Value input{nullptr};
  {
    std::vector<float> data(4, 1.0f);
    input = Ort::Value::CreateTensor<float>(info, data.data(), data.size(), shape.data(), shape.size());
  }
  return input;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'input' is returned after buffer 'data' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'data' was destroyed here
}

const float *firstScore(Ort::Session &s, const Ort::Value &in) {
  const char *i[] = {"in"};
  const char *o[] = {"out"};
  const float *scores = nullptr;
  {
    std::vector<Ort::Value> res = s.Run(Ort::RunOptions{nullptr}, i, &in, 1, o, 1);
    scores = res[0].GetTensorData<float>();
  }
  return scores;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'scores' is returned after buffer 'res' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'res' was destroyed here
}

void prepare(const Ort::MemoryInfo &info, std::vector<int64_t> &shape, Ort::Value &out) {
  {
    std::vector<float> data(4, 1.0f);
    out = Ort::Value::CreateTensor<float>(info, data.data(), data.size(), shape.data(), shape.size());
  }
  // CHECK-NOTES: :[[@LINE-2]]:5: warning: parameter 'out' views buffer 'data', which is destroyed before 'prepare' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:24: note: buffer 'data' is a local of 'prepare', declared here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'data' was destroyed here
}

// Looks similar but is fine: the value read is copied out while the results live.
float firstValue(Ort::Session &s, const Ort::Value &in) {
  const char *i[] = {"in"};
  const char *o[] = {"out"};
  float first = 0;
  {
    std::vector<Ort::Value> res = s.Run(Ort::RunOptions{nullptr}, i, &in, 1, o, 1);
    first = res[0].GetTensorData<float>()[0];
  }
  return first;
}

// Looks similar but is fine: the results are moved out of the inner block before it ends.
std::vector<Ort::Value> runOnce(Ort::Session &s, const Ort::Value &in) {
  const char *i[] = {"in"};
  const char *o[] = {"out"};
  std::vector<Ort::Value> kept;
  {
    std::vector<Ort::Value> res = s.Run(Ort::RunOptions{nullptr}, i, &in, 1, o, 1);
    kept = std::move(res);
  }
  return kept;
}

// Looks similar but is fine: the buffer of the inner block's value is the caller's.
Ort::Value wrapCallers(const Ort::MemoryInfo &info, std::vector<float> &data,
                       std::vector<int64_t> &shape) {
  Ort::Value input{nullptr};
  {
    std::vector<float> scratch(4, 0.0f);
    input = Ort::Value::CreateTensor<float>(info, data.data(), data.size(), shape.data(), shape.size());
  }
  return input;
}
