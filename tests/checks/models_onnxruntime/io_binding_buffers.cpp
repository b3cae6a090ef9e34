// ONNX Runtime C++ (built-in model onnxruntime-cxx): a value bound to an Ort::IoBinding
// (BindInput, BindOutput) is kept by the binding, but a caller's buffer under it is not: the
// buffer must outlive Run with the binding.
#include "onnxruntime_cxx_api.h"

#include <vector>

void inputBufferGoneBeforeRun(Ort::Session &session) {
  Ort::MemoryInfo info = Ort::MemoryInfo::CreateCpu(OrtArenaAllocator, OrtMemTypeDefault);
  std::vector<int64_t> shape{1, 4};
  Ort::IoBinding binding(session);
  {
    std::vector<float> data(4, 1.0f);
    Ort::Value input = Ort::Value::CreateTensor<float>(info, data.data(), data.size(), shape.data(), shape.size());
    binding.BindInput("input", input);
  }
  session.Run(Ort::RunOptions{nullptr}, binding);
  // CHECK-NOTES: :[[@LINE-1]]:41: warning: 'binding' is run after buffer 'data' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'data' was destroyed here
}

void outputBufferReallocatedBeforeRun(Ort::Session &session, Ort::Value &input) {
  Ort::MemoryInfo info = Ort::MemoryInfo::CreateCpu(OrtArenaAllocator, OrtMemTypeDefault);
  std::vector<int64_t> shape{1, 4};
  std::vector<float> result(4);
  Ort::IoBinding binding(session);
  binding.BindInput("input", input);
  Ort::Value output = Ort::Value::CreateTensor<float>(info, result.data(), result.size(), shape.data(), shape.size());
  binding.BindOutput("output", output);
  result.resize(8);
  session.Run(Ort::RunOptions{nullptr}, binding);
  // CHECK-NOTES: :[[@LINE-1]]:41: warning: 'binding' is run after buffer 'result' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'result' was reallocated here
}
