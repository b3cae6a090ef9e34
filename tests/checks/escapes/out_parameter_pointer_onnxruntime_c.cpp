// ONNX Runtime C API: a helper that creates, through its own `OrtValue **out` parameter, a value
// over its own local vector (CreateTensorWithDataAsOrtValue wraps the caller's buffer: "p_data is
// owned by caller") hands out a value whose buffer is destroyed when it returns: reported where
// it is written.
#include "onnxruntime_c_api.h"

#include <vector>

void makeInput(const OrtApi *api, OrtMemoryInfo *info, OrtValue **out) {
  std::vector<float> v(4, 1.0f);
  int64_t shape[2] = {1, 4};
  api->CreateTensorWithDataAsOrtValue(info, v.data(), v.size() * sizeof(float), shape, 2,
                                      ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT, out);
  // CHECK-NOTES: :[[@LINE-2]]:3: warning: parameter 'out' views buffer 'v', which is destroyed when 'makeInput' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-5]]:22: note: buffer 'v' is a local of 'makeInput', declared here
}

void makeInputAddressed(const OrtApi *api, OrtMemoryInfo *info, OrtValue **out) {
  std::vector<float> v(4, 1.0f);
  int64_t shape[2] = {1, 4};
  api->CreateTensorWithDataAsOrtValue(info, v.data(), v.size() * sizeof(float), shape, 2,
                                      ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT, &*out);
  // CHECK-NOTES: :[[@LINE-2]]:3: warning: parameter 'out' views buffer 'v', which is destroyed when 'makeInputAddressed' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-5]]:22: note: buffer 'v' is a local of 'makeInputAddressed', declared here
}

void makeInputThroughLocal(const OrtApi *api, OrtMemoryInfo *info, OrtValue **out) {
  std::vector<float> v(4, 1.0f);
  int64_t shape[2] = {1, 4};
  OrtValue *value = nullptr;
  api->CreateTensorWithDataAsOrtValue(info, v.data(), v.size() * sizeof(float), shape, 2,
                                      ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT, &value);
  *out = value;
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: parameter 'out' views buffer 'v', which is destroyed when 'makeInputThroughLocal' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-7]]:22: note: buffer 'v' is a local of 'makeInputThroughLocal', declared here
}

// Looks similar but is fine: the buffer is the caller's.
void wrapCallers(const OrtApi *api, OrtMemoryInfo *info, std::vector<float> &v, OrtValue **out) {
  int64_t shape[2] = {1, 4};
  api->CreateTensorWithDataAsOrtValue(info, v.data(), v.size() * sizeof(float), shape, 2,
                                      ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT, out);
}

// Looks similar but is fine: a static buffer outlives the call.
void wrapStatic(const OrtApi *api, OrtMemoryInfo *info, OrtValue **out) {
  static std::vector<float> v(4, 1.0f);
  int64_t shape[2] = {1, 4};
  api->CreateTensorWithDataAsOrtValue(info, v.data(), v.size() * sizeof(float), shape, 2,
                                      ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT, out);
}

// Looks similar but is fine: the allocator's value owns its memory.
void makeAllocated(const OrtApi *api, OrtAllocator *allocator, OrtValue **out) {
  std::vector<float> scratch(4, 1.0f);
  int64_t shape[2] = {1, 4};
  api->CreateTensorAsOrtValue(allocator, shape, 2, ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT, out);
}

// Looks similar but is fine: the local value over the local buffer is released before returning.
void makeAndRelease(const OrtApi *api, OrtMemoryInfo *info, OrtAllocator *allocator, OrtValue **out) {
  std::vector<float> v(4, 1.0f);
  int64_t shape[2] = {1, 4};
  OrtValue *value = nullptr;
  api->CreateTensorWithDataAsOrtValue(info, v.data(), v.size() * sizeof(float), shape, 2,
                                      ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT, &value);
  api->ReleaseValue(value);
  api->CreateTensorAsOrtValue(allocator, shape, 2, ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT, out);
}
