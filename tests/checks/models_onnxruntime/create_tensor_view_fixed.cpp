// ONNX Runtime C++, clean: the buffer outlives the Value; the allocator overload of CreateTensor
// owns its memory; Session::Run outputs own theirs and outlive the session.
#include "onnxruntime_cxx_api.h"

#include <vector>

float bufferOutlivesValue(Ort::Session &session, const char *const *inputNames, const char *const *outputNames) {
  Ort::MemoryInfo info = Ort::MemoryInfo::CreateCpu(OrtArenaAllocator, OrtMemTypeDefault);
  std::vector<float> data(4, 1.0f);
  std::vector<int64_t> shape{1, 4};
  Ort::Value input = Ort::Value::CreateTensor<float>(info, data.data(), data.size(), shape.data(), shape.size());
  std::vector<Ort::Value> outputs = session.Run(Ort::RunOptions{nullptr}, inputNames, &input, 1, outputNames, 1);
  data.push_back(5.0f); // after the last use of `input`
  return outputs[0].GetTensorMutableData<float>()[0];
}

float allocatorOwnsMemory() {
  Ort::AllocatorWithDefaultOptions allocator;
  std::vector<int64_t> shape{1, 4};
  Ort::Value value{nullptr};
  {
    std::vector<float> scratch(4, 1.0f);
    value = Ort::Value::CreateTensor<float>(allocator, shape.data(), shape.size());
  }
  return value.GetTensorMutableData<float>()[0];
}

float outputsOutliveSession(const Ort::Env &env, const char *const *inputNames, const char *const *outputNames,
                            Ort::Value &input) {
  std::vector<Ort::Value> outputs;
  {
    Ort::Session session(env, "model.onnx", Ort::SessionOptions{nullptr});
    outputs = session.Run(Ort::RunOptions{nullptr}, inputNames, &input, 1, outputNames, 1);
  }
  return outputs[0].GetTensorMutableData<float>()[0];
}
