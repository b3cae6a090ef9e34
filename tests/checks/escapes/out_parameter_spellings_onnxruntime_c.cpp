// ONNX Runtime C API: a value over the helper's own local vector written through its
// `OrtValue **outs` parameter in other spellings than `*out = ...`: an element (`outs[1] = v`,
// `&outs[1]` given as the out-argument), a local copy of the parameter (`OrtValue **pp = outs`),
// an array parameter (`OrtValue *outs[2]`): reported where it is written.
#include "onnxruntime_c_api.h"

#include <vector>

void makePair(const OrtApi *api, OrtMemoryInfo *info, OrtValue **outs) {
  std::vector<float> v(4, 1.0f);
  int64_t shape[2] = {1, 4};
  OrtValue *value = nullptr;
  api->CreateTensorWithDataAsOrtValue(info, v.data(), v.size() * sizeof(float), shape, 2,
                                      ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT, &value);
  outs[1] = value;
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: parameter 'outs[1]' views buffer 'v', which is destroyed when 'makePair' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-7]]:22: note: buffer 'v' is a local of 'makePair', declared here
}

void makeSecond(const OrtApi *api, OrtMemoryInfo *info, OrtValue *outs[2]) {
  std::vector<float> v(4, 1.0f);
  int64_t shape[2] = {1, 4};
  api->CreateTensorWithDataAsOrtValue(info, v.data(), v.size() * sizeof(float), shape, 2,
                                      ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT, &outs[1]);
  // CHECK-NOTES: :[[@LINE-2]]:3: warning: parameter 'outs[1]' views buffer 'v', which is destroyed when 'makeSecond' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-5]]:22: note: buffer 'v' is a local of 'makeSecond', declared here
}

void makeThroughCopy(const OrtApi *api, OrtMemoryInfo *info, OrtValue **out) {
  std::vector<float> v(4, 1.0f);
  int64_t shape[2] = {1, 4};
  OrtValue **pp = out;
  api->CreateTensorWithDataAsOrtValue(info, v.data(), v.size() * sizeof(float), shape, 2,
                                      ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT, pp);
  // CHECK-NOTES: :[[@LINE-2]]:3: warning: parameter 'out' views buffer 'v', which is destroyed when 'makeThroughCopy' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-6]]:22: note: buffer 'v' is a local of 'makeThroughCopy', declared here
}

// Looks similar but is fine: the buffer is the caller's.
void wrapPair(const OrtApi *api, OrtMemoryInfo *info, std::vector<float> &v, OrtValue **outs) {
  int64_t shape[2] = {1, 4};
  api->CreateTensorWithDataAsOrtValue(info, v.data(), v.size() * sizeof(float), shape, 2,
                                      ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT, &outs[0]);
}

// Looks similar but is fine: the allocator's values own their memory.
void makeAllocatedPair(const OrtApi *api, OrtAllocator *allocator, OrtValue *outs[2]) {
  int64_t shape[2] = {1, 4};
  api->CreateTensorAsOrtValue(allocator, shape, 2, ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT, &outs[0]);
  OrtValue **pp = outs;
  api->CreateTensorAsOrtValue(allocator, shape, 2, ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT, &pp[1]);
}

// Looks similar but is fine: a static buffer outlives the call.
void wrapStaticPair(const OrtApi *api, OrtMemoryInfo *info, OrtValue **outs) {
  static std::vector<float> v(4, 1.0f);
  int64_t shape[2] = {1, 4};
  api->CreateTensorWithDataAsOrtValue(info, v.data(), v.size() * sizeof(float), shape, 2,
                                      ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT, &outs[1]);
}
