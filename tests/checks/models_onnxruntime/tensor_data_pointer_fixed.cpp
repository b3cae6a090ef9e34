// ONNX Runtime C++, clean: the data pointer is used while its Value lives.
#include "onnxruntime_cxx_api.h"

#include <vector>

float dataWhileValueLives(Ort::Session &session, const char *const *inputNames, const char *const *outputNames,
                          Ort::Value &input) {
  std::vector<Ort::Value> outputs = session.Run(Ort::RunOptions{nullptr}, inputNames, &input, 1, outputNames, 1);
  const float *scores = outputs[0].GetTensorData<float>();
  return scores[0];
}
