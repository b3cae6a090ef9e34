// ONNX Runtime C++ (built-in model onnxruntime-cxx): an Ort::Value is a unique owner (move-only);
// once moved from it holds no tensor, and reading it is a bug like reading a released one.
#include "onnxruntime_cxx_api.h"

#include <utility>
#include <vector>

void consume(Ort::Value value);

float readAfterMove(Ort::Value &input) {
  Ort::Value kept = std::move(input);
  Ort::Value moved = std::move(kept);
  return kept.GetTensorMutableData<float>()[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'kept' is read after it was moved from [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:22: note: 'kept' was moved from here
}

float readAfterMovedIntoCall(Ort::Session &session, const char *const *inputNames, const char *const *outputNames,
                             Ort::Value value) {
  consume(std::move(value));
  std::vector<Ort::Value> outputs = session.Run(Ort::RunOptions{nullptr}, inputNames, &value, 1, outputNames, 1);
  // CHECK-NOTES: :[[@LINE-1]]:87: warning: '&value' is read after 'value' was moved from [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:11: note: 'value' was moved from here
  return outputs[0].GetTensorMutableData<float>()[0];
}
