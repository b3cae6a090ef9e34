// ONNX Runtime C API: CreateTensorWithDataAsOrtValue wraps the caller's buffer ("p_data is owned
// by caller"): the std::vector must outlive the value and not reallocate. GetTensorMutableData
// points into the value ("valid until the value is destroyed").
#include "onnxruntime_c_api.h"

#include <vector>

void bufferReallocated(const OrtApi *api, OrtMemoryInfo *info, OrtSession *session, const char *const *inputNames,
                       const char *const *outputNames) {
  std::vector<float> data(4, 1.0f);
  int64_t shape[2] = {1, 4};
  OrtValue *input = nullptr;
  api->CreateTensorWithDataAsOrtValue(info, data.data(), data.size() * sizeof(float), shape, 2,
                                      ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT, &input);
  data.push_back(5.0f);
  OrtValue *output = nullptr;
  api->Run(session, nullptr, inputNames, &input, 1, outputNames, 1, &output);
  // CHECK-NOTES: :[[@LINE-1]]:42: warning: '&input' is read after buffer 'data' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: buffer 'data' was reallocated here
  api->ReleaseValue(input);
}

float dataAfterRelease(const OrtApi *api, OrtValue *output) {
  float *scores = nullptr;
  api->GetTensorMutableData(output, reinterpret_cast<void **>(&scores));
  api->ReleaseValue(output);
  return scores[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'scores' is read after 'output' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'output' was destroyed here
}
