// ONNX Runtime C++, clean: the Env is created first and outlives the session.
#include "onnxruntime_cxx_api.h"

#include <vector>

std::vector<Ort::Value> envKept(const char *const *inputNames, const char *const *outputNames, Ort::Value &input) {
  Ort::Env env(ORT_LOGGING_LEVEL_WARNING, "app");
  Ort::Session session(env, "model.onnx", Ort::SessionOptions{nullptr});
  return session.Run(Ort::RunOptions{nullptr}, inputNames, &input, 1, outputNames, 1);
}
