// ONNX Runtime C API, clean: the buffer outlives the value; CreateTensorAsOrtValue allocates (the
// value owns its memory); a data pointer used before the value is released.
#include "onnxruntime_c_api.h"

#include <vector>

void bufferOutlivesValue(const OrtApi *api, OrtMemoryInfo *info, OrtSession *session, const char *const *inputNames,
                         const char *const *outputNames) {
  std::vector<float> data(4, 1.0f);
  int64_t shape[2] = {1, 4};
  OrtValue *input = nullptr;
  api->CreateTensorWithDataAsOrtValue(info, data.data(), data.size() * sizeof(float), shape, 2,
                                      ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT, &input);
  OrtValue *output = nullptr;
  api->Run(session, nullptr, inputNames, &input, 1, outputNames, 1, &output);
  api->ReleaseValue(input);
  data.push_back(5.0f);
  api->ReleaseValue(output);
}

float allocatedValue(const OrtApi *api, OrtAllocator *allocator) {
  int64_t shape[2] = {1, 4};
  OrtValue *value = nullptr;
  {
    std::vector<float> scratch(4, 1.0f);
    api->CreateTensorAsOrtValue(allocator, shape, 2, ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT, &value);
  }
  float *data = nullptr;
  api->GetTensorMutableData(value, reinterpret_cast<void **>(&data));
  float first = data[0];
  api->ReleaseValue(value);
  return first;
}
