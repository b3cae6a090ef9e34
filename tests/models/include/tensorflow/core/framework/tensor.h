// Test re-declaration of tensorflow/core/framework/tensor.h (TensorFlow 2.x): declarations only,
// no tensorlife annotations. Written from the public header; a subset (Eigen's TensorMap and
// TensorShape reduced to what the tests use).
#ifndef TENSORFLOW_CORE_FRAMEWORK_TENSOR_H_
#define TENSORFLOW_CORE_FRAMEWORK_TENSOR_H_

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace Eigen {
/// Stand-in for Eigen::TensorMap: a non-owning view over the tensor's buffer.
template <typename T>
class TensorMap {
public:
  T *data() const;
  T &operator()(std::ptrdiff_t index) const;
  std::ptrdiff_t size() const;
};
} // namespace Eigen

namespace tensorflow {

using StringPiece = std::string_view;

enum DataType { DT_INVALID = 0, DT_FLOAT = 1, DT_DOUBLE = 2, DT_INT32 = 3 };

class TensorShape {
public:
  TensorShape();
  TensorShape(std::initializer_list<int64_t> dim_sizes);
  int64_t num_elements() const;
};

template <typename T, int NDIMS = 1, typename IndexType = std::ptrdiff_t>
struct TTypes {
  typedef Eigen::TensorMap<T> Tensor;
  typedef Eigen::TensorMap<T> Flat;
  typedef Eigen::TensorMap<const T> ConstFlat;
  typedef Eigen::TensorMap<T> Vec;
  typedef Eigen::TensorMap<const T> ConstVec;
  typedef Eigen::TensorMap<T> Matrix;
  typedef Eigen::TensorMap<T> Scalar;
};

/// Represents an n-dimensional array of values. Copies share the underlying buffer
/// (reference counted).
class Tensor {
public:
  Tensor();
  Tensor(DataType type, const TensorShape &shape);
  Tensor(const Tensor &other);
  Tensor(Tensor &&other);
  ~Tensor();
  Tensor &operator=(const Tensor &other);
  Tensor &operator=(Tensor &&other);

  DataType dtype() const;
  const TensorShape &shape() const;
  int dims() const;
  int64_t NumElements() const;
  bool IsInitialized() const;

  template <typename T> typename TTypes<T>::Vec vec();
  template <typename T> typename TTypes<T>::Matrix matrix();
  template <typename T, size_t NDIMS> typename TTypes<T, NDIMS>::Tensor tensor();
  template <typename T> typename TTypes<T>::Flat flat();
  template <typename T> typename TTypes<T>::Scalar scalar();
  template <typename T> typename TTypes<T>::ConstVec vec() const;
  template <typename T> typename TTypes<T>::ConstFlat flat() const;

  std::string SummarizeValue(int64_t max_entries, bool print_v2 = false) const;
  std::string DebugString(int num_values) const;
  std::string DebugString() const;

  StringPiece tensor_data() const;
  void *data() const;
  template <typename T> T *base() const;
};

} // namespace tensorflow

#endif
