// ONNX Runtime C++ (built-in model onnxruntime-cxx): Ort::Value::CreateTensor over a caller's
// buffer does not copy it: resizing or destroying the std::vector dangles the tensor.
#include "onnxruntime_cxx_api.h"

#include <vector>

float vectorResized(Ort::Session &session, const char *const *inputNames, const char *const *outputNames) {
  Ort::MemoryInfo info = Ort::MemoryInfo::CreateCpu(OrtArenaAllocator, OrtMemTypeDefault);
  std::vector<float> data(4, 1.0f);
  std::vector<int64_t> shape{1, 4};
  Ort::Value input = Ort::Value::CreateTensor<float>(info, data.data(), data.size(), shape.data(), shape.size());
  data.push_back(5.0f);
  float first = input.GetTensorMutableData<float>()[0];
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: 'input' is read after buffer 'data' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'data' was reallocated here
  return first;
}

std::vector<Ort::Value> vectorOutOfScope(Ort::Session &session, const char *const *inputNames,
                                         const char *const *outputNames) {
  Ort::MemoryInfo info = Ort::MemoryInfo::CreateCpu(OrtArenaAllocator, OrtMemTypeDefault);
  std::vector<int64_t> shape{1, 4};
  Ort::Value input{nullptr};
  {
    std::vector<float> data(4, 1.0f);
    input = Ort::Value::CreateTensor<float>(info, data.data(), data.size(), shape.data(), shape.size());
  }
  return session.Run(Ort::RunOptions{nullptr}, inputNames, &input, 1, outputNames, 1);
  // CHECK-NOTES: :[[@LINE-1]]:60: warning: '&input' is read after buffer 'data' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'data' was destroyed here
}
