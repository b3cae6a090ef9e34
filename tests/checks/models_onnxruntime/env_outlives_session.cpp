// ONNX Runtime C++: the Ort::Env must outlive every session created with it.
#include "onnxruntime_cxx_api.h"

#include <vector>

std::vector<Ort::Value> envGone(const char *const *inputNames, const char *const *outputNames, Ort::Value &input) {
  Ort::Session session{nullptr};
  {
    Ort::Env env(ORT_LOGGING_LEVEL_WARNING, "app");
    session = Ort::Session(env, "model.onnx", Ort::SessionOptions{nullptr});
  }
  return session.Run(Ort::RunOptions{nullptr}, inputNames, &input, 1, outputNames, 1);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: session 'session' is run after session 'env' was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'env' was destroyed here
}
