// ONNX Runtime C++, clean: the moved-to value is read; a moved-from value given a new tensor is
// usable again. A copyable tensor type (tensorflow::Tensor) is not taken to be empty after a
// move: only move-only values are.
#include "onnxruntime_cxx_api.h"
#include "tensorflow/core/framework/tensor.h"

#include <utility>

float readMovedTo(Ort::Value input) {
  Ort::Value moved = std::move(input);
  return moved.GetTensorMutableData<float>()[0];
}

float reassignedAfterMove(Ort::Value input, Ort::Value next) {
  Ort::Value moved = std::move(input);
  input = std::move(next);
  return input.GetTensorMutableData<float>()[0] + moved.GetTensorMutableData<float>()[0];
}

std::string copyableTensorAfterMove(tensorflow::Tensor t) {
  tensorflow::Tensor moved = std::move(t);
  return t.DebugString() + moved.DebugString();
}
