// ONNX Runtime C++: GetTensorMutableData points into the value's buffer; it dangles once the
// Value is gone.
#include "onnxruntime_cxx_api.h"

#include <vector>

float dataOutlivesValue(Ort::Session &session, const char *const *inputNames, const char *const *outputNames,
                        Ort::Value &input) {
  float *scores = nullptr;
  {
    std::vector<Ort::Value> outputs = session.Run(Ort::RunOptions{nullptr}, inputNames, &input, 1, outputNames, 1);
    Ort::Value &out = outputs[0];
    scores = out.GetTensorMutableData<float>();
  }
  return scores[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'scores' is read after buffer 'outputs' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'outputs' was destroyed here
}
