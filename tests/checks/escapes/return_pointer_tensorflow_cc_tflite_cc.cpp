// TensorFlow C++ and TensorFlow Lite C++: a data pointer into a helper's own tensorflow::Tensor,
// into its own interpreter's arena, or a FlatBufferModel over its own model bytes, returned,
// points into memory destroyed when the helper returns.
#include "tensorflow/core/framework/tensor.h"
#include "tensorflow/lite/interpreter.h"
#include "tensorflow/lite/kernels/register.h"
#include "tensorflow/lite/model.h"

#include <memory>
#include <vector>

std::vector<char> readFile(const char *path);

float *scratchValues() {
  tensorflow::Tensor t(tensorflow::DT_FLOAT, tensorflow::TensorShape({4}));
  return t.base<float>();
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: returned pointer 't.base<float>()' points into 't', which is destroyed when 'scratchValues' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:22: note: 't' is a local of 'scratchValues', declared here
}

float *firstOutput(const tflite::FlatBufferModel &model) {
  tflite::ops::builtin::BuiltinOpResolver resolver;
  std::unique_ptr<tflite::Interpreter> interpreter;
  tflite::InterpreterBuilder(model, resolver)(&interpreter);
  interpreter->AllocateTensors();
  interpreter->Invoke();
  return interpreter->typed_output_tensor<float>(0);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: returned pointer 'interpreter->typed_output_tensor<float>(0)' points into interpreter 'interpreter', which is destroyed when 'firstOutput' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-6]]:40: note: interpreter 'interpreter' is a local of 'firstOutput', declared here
}

std::unique_ptr<tflite::FlatBufferModel> loadModel(const char *path) {
  std::vector<char> buffer = readFile(path);
  return tflite::FlatBufferModel::BuildFromBuffer(buffer.data(), buffer.size());
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: returned tensor 'tflite::FlatBufferModel::BuildFromBuffer(buffer.data(), buffer.size())' views buffer 'buffer', which is destroyed when 'loadModel' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:21: note: buffer 'buffer' is a local of 'loadModel', declared here
}

// Looks similar but is fine: the tensor is the caller's.
float *valuesOf(tensorflow::Tensor &t) { return t.base<float>(); }

// Looks similar but is fine: the output value is copied out before the interpreter goes.
float firstOutputValue(const tflite::FlatBufferModel &model) {
  tflite::ops::builtin::BuiltinOpResolver resolver;
  std::unique_ptr<tflite::Interpreter> interpreter;
  tflite::InterpreterBuilder(model, resolver)(&interpreter);
  interpreter->AllocateTensors();
  interpreter->Invoke();
  return interpreter->typed_output_tensor<float>(0)[0];
}

// Looks similar but is fine: the model bytes are the caller's.
std::unique_ptr<tflite::FlatBufferModel> modelOver(const std::vector<char> &buffer) {
  return tflite::FlatBufferModel::BuildFromBuffer(buffer.data(), buffer.size());
}

// Looks similar but is fine: a tensorflow::Tensor is reference counted; returning it is a copy.
tensorflow::Tensor makeTensor() {
  tensorflow::Tensor t(tensorflow::DT_FLOAT, tensorflow::TensorShape({4}));
  return t;
}
