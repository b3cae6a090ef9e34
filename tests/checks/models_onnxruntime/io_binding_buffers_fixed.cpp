// ONNX Runtime C++, clean: the buffers under bound values live until Run with the binding is
// done; a value destroyed after binding it (the binding keeps it); a binding re-bound to a new
// buffer in each iteration of a loop.
#include "onnxruntime_cxx_api.h"

#include <vector>

// Looks similar but is fine: the buffer outlives the Run; the Ort::Value itself does not.
void bufferOutlivesRun(Ort::Session &session) {
  Ort::MemoryInfo info = Ort::MemoryInfo::CreateCpu(OrtArenaAllocator, OrtMemTypeDefault);
  std::vector<int64_t> shape{1, 4};
  std::vector<float> data(4, 1.0f);
  Ort::IoBinding binding(session);
  {
    Ort::Value input = Ort::Value::CreateTensor<float>(info, data.data(), data.size(), shape.data(), shape.size());
    binding.BindInput("input", input);
  }
  session.Run(Ort::RunOptions{nullptr}, binding);
}

// Looks similar but is fine: each iteration binds a value over that iteration's buffer, and the
// names of the outputs are read after the last buffer is gone.
std::vector<std::string> rebindEachIteration(Ort::Session &session, int steps) {
  Ort::MemoryInfo info = Ort::MemoryInfo::CreateCpu(OrtArenaAllocator, OrtMemTypeDefault);
  std::vector<int64_t> shape{1, 4};
  Ort::IoBinding binding(session);
  for (int i = 0; i < steps; ++i) {
    std::vector<float> data(4, static_cast<float>(i));
    Ort::Value input = Ort::Value::CreateTensor<float>(info, data.data(), data.size(), shape.data(), shape.size());
    binding.BindInput("input", input);
    session.Run(Ort::RunOptions{nullptr}, binding);
  }
  binding.SynchronizeOutputs();
  return binding.GetOutputNames();
}

// Looks similar but is fine: the buffer dies after the last Run with the binding.
void bufferDiesAfterRun(Ort::Session &session) {
  Ort::MemoryInfo info = Ort::MemoryInfo::CreateCpu(OrtArenaAllocator, OrtMemTypeDefault);
  std::vector<int64_t> shape{1, 4};
  Ort::IoBinding binding(session);
  {
    std::vector<float> data(4, 1.0f);
    Ort::Value input = Ort::Value::CreateTensor<float>(info, data.data(), data.size(), shape.data(), shape.size());
    binding.BindInput("input", input);
    session.Run(Ort::RunOptions{nullptr}, binding);
  }
  binding.GetOutputNames();
}
