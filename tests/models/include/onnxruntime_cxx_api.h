// Test re-declaration of onnxruntime_cxx_api.h (ONNX Runtime 1.16): declarations only, no
// tensorlife annotations (the built-in model onnxruntime-cxx provides the knowledge). Written from
// the public header, keeping its class layout (methods live in Ort::detail::*Impl templates); a
// subset.
#ifndef ONNXRUNTIME_CXX_API_H_TEST
#define ONNXRUNTIME_CXX_API_H_TEST

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "onnxruntime_c_api.h"

namespace Ort {

struct IoBinding;

namespace detail {
/// Owns the C object it wraps; move-only.
template <typename T>
struct Base {
  using contained_type = T;

  constexpr Base() = default;
  constexpr explicit Base(contained_type *p) noexcept : p_{p} {}
  ~Base();

  Base(const Base &) = delete;
  Base &operator=(const Base &) = delete;

  Base(Base &&v) noexcept;
  Base &operator=(Base &&v) noexcept;

  constexpr operator contained_type *() const noexcept { return p_; }
  contained_type *release();

protected:
  contained_type *p_{};
};
} // namespace detail

/// The Env holds the logging state used by all other objects. One Env must be created before
/// using any other ONNX Runtime functionality.
struct Env : detail::Base<OrtEnv> {
  explicit Env(std::nullptr_t) {}
  Env(OrtLoggingLevel logging_level = ORT_LOGGING_LEVEL_WARNING, _In_ const char *logid = "");
};

struct RunOptions : detail::Base<OrtRunOptions> {
  explicit RunOptions(std::nullptr_t) {}
  RunOptions();
};

namespace detail {
template <typename T>
struct SessionOptionsImpl : Base<T> {
  SessionOptionsImpl &SetIntraOpNumThreads(int intra_op_num_threads);
};
} // namespace detail

struct SessionOptions : detail::SessionOptionsImpl<OrtSessionOptions> {
  explicit SessionOptions(std::nullptr_t) {}
  SessionOptions();
};

namespace detail {
template <typename T>
struct MemoryInfoImpl : Base<T> {
  int GetDeviceId() const;
};
} // namespace detail

struct MemoryInfo : detail::MemoryInfoImpl<OrtMemoryInfo> {
  static MemoryInfo CreateCpu(OrtAllocatorType type, OrtMemType mem_type1);
  explicit MemoryInfo(std::nullptr_t) {}
  explicit MemoryInfo(OrtMemoryInfo *p);
};

namespace detail {
template <typename T>
struct ConstValueImpl : Base<T> {
  /// Returns a const typed pointer to the tensor contained data.
  template <typename R> const R *GetTensorData() const;
  /// Returns a non-typed pointer to a tensor contained data.
  const void *GetTensorRawData() const;
  bool IsTensor() const;
  size_t GetCount() const;
};

template <typename T>
struct ValueImpl : ConstValueImpl<T> {
  /// Returns a non-const typed pointer to an OrtValue/Tensor contained buffer. No type checking
  /// is performed, the caller must ensure the type matches the tensor type.
  template <typename R> R *GetTensorMutableData();
  void *GetTensorMutableRawData();
  template <typename R> R &At(const std::vector<int64_t> &location);
};
} // namespace detail

/// Wraps an OrtValue.
struct Value : detail::ValueImpl<OrtValue> {
  explicit Value(std::nullptr_t) {}
  explicit Value(OrtValue *p) : detail::ValueImpl<OrtValue>{} {}
  Value(Value &&) = default;
  Value &operator=(Value &&) = default;

  /// Creates a tensor with a user supplied buffer. Wraps OrtApi::CreateTensorWithDataAsOrtValue.
  /// \param info Memory description of where the p_data buffer resides (CPU vs GPU etc).
  /// \param p_data Pointer to the data buffer.
  template <typename T>
  static Value CreateTensor(const OrtMemoryInfo *info, T *p_data, size_t p_data_element_count,
                            const int64_t *shape, size_t shape_len);

  static Value CreateTensor(const OrtMemoryInfo *info, void *p_data, size_t p_data_byte_count,
                            const int64_t *shape, size_t shape_len,
                            ONNXTensorElementDataType type);

  /// Creates a tensor using a supplied OrtAllocator. Wraps OrtApi::CreateTensorAsOrtValue.
  template <typename T>
  static Value CreateTensor(OrtAllocator *allocator, const int64_t *shape, size_t shape_len);

  static Value CreateTensor(OrtAllocator *allocator, const int64_t *shape, size_t shape_len,
                            ONNXTensorElementDataType type);
};

struct AllocatorWithDefaultOptions {
  AllocatorWithDefaultOptions();
  operator OrtAllocator *();
};

namespace detail {
template <typename T>
struct ConstSessionImpl : Base<T> {
  size_t GetInputCount() const;
  size_t GetOutputCount() const;
};

template <typename T>
struct SessionImpl : ConstSessionImpl<T> {
  /// Run the model returning results in an Ort allocated vector.
  std::vector<Value> Run(const RunOptions &run_options, const char *const *input_names,
                         const Value *input_values, size_t input_count,
                         const char *const *output_names, size_t output_count);

  /// Run the model returning results in user provided outputs.
  void Run(const RunOptions &run_options, const char *const *input_names,
           const Value *input_values, size_t input_count, const char *const *output_names,
           Value *output_values, size_t output_count);

  /// Run the model with inputs and outputs bound in an IoBinding.
  void Run(const RunOptions &run_options, const IoBinding &);
};
} // namespace detail

/// Wraps an OrtSession.
struct Session : detail::SessionImpl<OrtSession> {
  explicit Session(std::nullptr_t) {}
  Session(const Env &env, const ORTCHAR_T *model_path, const SessionOptions &options);
  Session(const Env &env, const void *model_data, size_t model_data_length,
          const SessionOptions &options);
};

namespace detail {
template <typename T>
struct ConstIoBindingImpl : Base<T> {
  std::vector<std::string> GetOutputNames() const;
};

template <typename T>
struct IoBindingImpl : ConstIoBindingImpl<T> {
  void BindInput(const char *name, const Value &);
  void BindOutput(const char *name, const Value &);
  void BindOutput(const char *name, const OrtMemoryInfo *);
  void ClearBoundInputs();
  void ClearBoundOutputs();
  void SynchronizeInputs();
  void SynchronizeOutputs();
};
} // namespace detail

/// Wraps an OrtIoBinding: inputs and outputs bound to a session's Run.
struct IoBinding : detail::IoBindingImpl<OrtIoBinding> {
  explicit IoBinding(std::nullptr_t) {}
  explicit IoBinding(Session &session);
};

} // namespace Ort

#endif
