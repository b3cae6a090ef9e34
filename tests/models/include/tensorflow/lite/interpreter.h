// Test re-declaration of tensorflow/lite/interpreter.h, model_builder.h, interpreter_builder.h
// and kernels/register.h (TensorFlow Lite 2.x, before the tflite::impl split): declarations only,
// no tensorlife annotations (the built-in model tflite-cc provides the knowledge). A subset.
#ifndef TENSORFLOW_LITE_INTERPRETER_H_
#define TENSORFLOW_LITE_INTERPRETER_H_

#include <cstddef>
#include <memory>
#include <vector>

#include "tensorflow/lite/c/c_api_types.h"

namespace tflite {

class ErrorReporter;
ErrorReporter *DefaultErrorReporter();

class OpResolver {
public:
  virtual ~OpResolver();
};
class MutableOpResolver : public OpResolver {};
namespace ops {
namespace builtin {
class BuiltinOpResolver : public MutableOpResolver {
public:
  BuiltinOpResolver();
};
} // namespace builtin
} // namespace ops

/// An RAII object that represents a read-only tflite model, copied from disk, or mmapped.
class FlatBufferModel {
public:
  static std::unique_ptr<FlatBufferModel>
  BuildFromFile(const char *filename, ErrorReporter *error_reporter = DefaultErrorReporter());

  /// Builds a model based on a pre-loaded flatbuffer. Caller retains ownership of the buffer and
  /// should keep it alive until the returned object is destroyed.
  static std::unique_ptr<FlatBufferModel>
  BuildFromBuffer(const char *caller_owned_buffer, size_t buffer_size,
                  ErrorReporter *error_reporter = DefaultErrorReporter());

  ~FlatBufferModel();
  bool initialized() const;
};

class Interpreter;

/// Build an interpreter capable of interpreting `model`. `model` must persist as long as any
/// interpreter built from it.
class InterpreterBuilder {
public:
  InterpreterBuilder(const FlatBufferModel &model, const OpResolver &op_resolver);
  ~InterpreterBuilder();
  TfLiteStatus operator()(std::unique_ptr<Interpreter> *interpreter);
  TfLiteStatus operator()(std::unique_ptr<Interpreter> *interpreter, int num_threads);
};

/// An interpreter for a graph of nodes that input and output from tensors.
class Interpreter {
public:
  explicit Interpreter(ErrorReporter *error_reporter = DefaultErrorReporter());
  ~Interpreter();

  const std::vector<int> &inputs() const;
  const std::vector<int> &outputs() const;
  size_t tensors_size() const;

  /// Get a mutable tensor data structure.
  TfLiteTensor *tensor(int tensor_index);
  const TfLiteTensor *tensor(int tensor_index) const;

  TfLiteTensor *input_tensor(size_t index);
  TfLiteTensor *output_tensor(size_t index);

  /// Perform a checked cast to the appropriate tensor type (mutable pointer version).
  template <class T> T *typed_tensor(int tensor_index);
  /// Return a mutable pointer into the data of a given input tensor.
  template <class T> T *typed_input_tensor(int index);
  /// Return a mutable pointer into the data of a given output tensor.
  template <class T> T *typed_output_tensor(int index);

  /// Change the dimensionality of a given tensor. Note, this is only acceptable for
  /// tensor indices that are inputs or variables. Returns status of failure or success. Note
  /// that this doesn't actually resize any existing buffers. A call to AllocateTensors() is
  /// required to change the tensor input buffer.
  TfLiteStatus ResizeInputTensor(int tensor_index, const std::vector<int> &dims);

  /// Update allocations for all tensors.
  TfLiteStatus AllocateTensors();

  /// Invoke the interpreter (run the whole graph in dependency order).
  TfLiteStatus Invoke();

  void SetNumThreads(int num_threads);
};

} // namespace tflite

#endif
