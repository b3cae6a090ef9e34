// A minimal re-declaration of the libtorch API the tests use (libtorch 1.13: torch/torch.h,
// ATen/core/TensorBase.h, TensorBody.h, ATen/ops/from_blob.h, Formatting.h,
// torch/csrc/autograd/generated/variable_factories.h). Declarations only, no tensorlife
// annotations (the built-in model libtorch provides the knowledge). Named torch_min.h so that it
// never shadows the real <torch/torch.h>.
#ifndef TENSORLIFE_TEST_TORCH_MIN_H
#define TENSORLIFE_TEST_TORCH_MIN_H

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <ostream>
#include <vector>

namespace c10 {
template <typename T>
class ArrayRef {
public:
  ArrayRef();
  ArrayRef(const std::vector<T> &v);
  ArrayRef(std::initializer_list<T> list);
};
using IntArrayRef = ArrayRef<int64_t>;

enum class ScalarType : int8_t { Float = 6, Double = 7, Long = 4 };
constexpr ScalarType kFloat = ScalarType::Float;

class Scalar {
public:
  template <typename T> T to() const;
};

struct TensorOptions {
  TensorOptions();
  TensorOptions(ScalarType dtype);
  TensorOptions dtype(ScalarType dtype) const;
};
} // namespace c10

namespace at {
using c10::IntArrayRef;
using c10::Scalar;
using c10::ScalarType;
using c10::TensorOptions;
using c10::kFloat;

class TensorBase {
public:
  TensorBase();
  TensorBase(const TensorBase &);
  TensorBase(TensorBase &&) noexcept;
  ~TensorBase();
  TensorBase &operator=(const TensorBase &) &;
  TensorBase &operator=(TensorBase &&) & noexcept;

  int64_t dim() const;
  int64_t numel() const;
  void *data_ptr() const;
  template <typename T> T *data_ptr() const;
};

class Tensor : public TensorBase {
public:
  Tensor();
  Tensor(const Tensor &tensor);
  Tensor(Tensor &&tensor) noexcept;
  Tensor &operator=(const Tensor &x) &;
  Tensor &operator=(Tensor &&x) & noexcept;

  template <typename T> T *data() const;
  template <typename T> T item() const;
  Scalar item() const;

  Tensor contiguous() const;
  Tensor clone() const;
  Tensor sum() const;
  Tensor mean() const;
  Tensor add(const Tensor &other, const Scalar &alpha = Scalar()) const;
  Tensor mul(const Tensor &other) const;
  Tensor view(IntArrayRef size) const;
  Tensor slice(int64_t dim = 0, int64_t start = 0, int64_t end = 0, int64_t step = 1) const;
  Tensor select(int64_t dim, int64_t index) const;
  Tensor transpose(int64_t dim0, int64_t dim1) const;
  Tensor operator[](int64_t index) const;
  Tensor t() const;
  Tensor detach() const;
  Tensor reshape(IntArrayRef shape) const;
  Tensor flatten(int64_t start_dim = 0, int64_t end_dim = -1) const;
  Tensor view_as(const Tensor &other) const;
  Tensor &copy_(const Tensor &src, bool non_blocking = false) const;
  void print() const;
};

std::ostream &print(std::ostream &stream, const Tensor &tensor, int64_t linesize);
static inline std::ostream &operator<<(std::ostream &out, const Tensor &t) {
  return print(out, t, 80);
}

Tensor operator+(const Tensor &self, const Tensor &other);
Tensor operator*(const Tensor &self, const Tensor &other);

Tensor from_blob(void *data, IntArrayRef sizes, IntArrayRef strides,
                 const std::function<void(void *)> &deleter, const TensorOptions &options = {});
Tensor from_blob(void *data, IntArrayRef sizes, const std::function<void(void *)> &deleter,
                 const TensorOptions &options = {});
Tensor from_blob(void *data, IntArrayRef sizes, IntArrayRef strides,
                 const TensorOptions &options = {});
Tensor from_blob(void *data, IntArrayRef sizes, const TensorOptions &options = {});

Tensor ones(IntArrayRef size, TensorOptions options = {});
} // namespace at

namespace torch {
using at::Tensor;
using c10::kFloat;
using c10::TensorOptions;

/// A generic deleter function.
using Deleter = std::function<void(void *)>;

/// Exposes the given `data` as a `Tensor` without taking ownership of the original data.
inline at::Tensor from_blob(void *data, at::IntArrayRef sizes, at::IntArrayRef strides,
                            const Deleter &deleter,
                            const at::TensorOptions &options = at::TensorOptions());
inline at::Tensor from_blob(void *data, at::IntArrayRef sizes, at::IntArrayRef strides,
                            const at::TensorOptions &options = at::TensorOptions());
inline at::Tensor from_blob(void *data, at::IntArrayRef sizes, const Deleter &deleter,
                            const at::TensorOptions &options = at::TensorOptions());
inline at::Tensor from_blob(void *data, at::IntArrayRef sizes,
                            const at::TensorOptions &options = at::TensorOptions());

at::Tensor ones(at::IntArrayRef size, const at::TensorOptions &options = {});
at::Tensor zeros(at::IntArrayRef size, const at::TensorOptions &options = {});
} // namespace torch

#endif
