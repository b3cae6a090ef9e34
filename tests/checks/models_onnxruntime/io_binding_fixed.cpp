// ONNX Runtime C++, clean: the binding is used while its session lives. Binding a value keeps a
// counted reference to it, so the Ort::Value may be destroyed before Run with the binding.
#include "onnxruntime_cxx_api.h"

#include <utility>

std::vector<std::string> runWithBinding(Ort::Session &session, Ort::Value &output) {
  Ort::IoBinding binding(session);
  {
    Ort::Value input = std::move(output);
    binding.BindInput("input", input);
  }
  binding.BindOutput("output", Ort::MemoryInfo::CreateCpu(OrtArenaAllocator, OrtMemTypeDefault));
  session.Run(Ort::RunOptions{nullptr}, binding);
  binding.SynchronizeOutputs();
  return binding.GetOutputNames();
}
