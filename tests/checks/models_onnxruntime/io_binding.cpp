// ONNX Runtime C++ (built-in model onnxruntime-cxx): an Ort::IoBinding refers to the state of
// the session it was created for: it must not outlive that session.
#include "onnxruntime_cxx_api.h"

void bindAfterSessionGone(const Ort::Env &env, Ort::Value &input) {
  Ort::IoBinding binding{nullptr};
  {
    Ort::Session session(env, "model.onnx", Ort::SessionOptions{nullptr});
    binding = Ort::IoBinding(session);
  }
  binding.BindInput("input", input);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: 'binding' is read after session 'session' was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'session' was destroyed here
}

void runAfterSessionGone(const Ort::Env &env, Ort::Session &other, Ort::Value &input) {
  Ort::IoBinding binding{nullptr};
  {
    Ort::Session session(env, "model.onnx", Ort::SessionOptions{nullptr});
    binding = Ort::IoBinding(session);
    binding.BindInput("input", input);
  }
  other.Run(Ort::RunOptions{nullptr}, binding);
  // CHECK-NOTES: :[[@LINE-1]]:39: warning: 'binding' is run after session 'session' was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'session' was destroyed here
}
