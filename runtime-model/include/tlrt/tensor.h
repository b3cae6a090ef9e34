// Tensors: reference-counted handles to a buffer of floats that may be lazy
// (computed on first read), owned by a scope or session, or a view.
#ifndef TLRT_TENSOR_H
#define TLRT_TENSOR_H

#include "tlrt/annotations.h"

#include <cstddef>
#include <initializer_list>
#include <memory>
#include <vector>

namespace tlrt {

namespace detail {
struct TensorImpl;
struct TensorAccess;
} // namespace detail

/// Copies share the buffer: releasing one releases it for all. Reads (at,
/// data, to_vector, clone, print) materialise a lazy tensor and, in checked
/// mode, throw LifetimeError if the buffer or anything it depends on is dead.
/// clone() is the owning copy a fix-it makes of a view (docs/annotations.md).
class TENSORLIFE("tensor") TENSORLIFE("owning_copy({}.clone())") Tensor {
public:
  /// An empty tensor (no buffer).
  Tensor() = default;

  /// Not a use: does not touch the buffer.
  std::size_t size() const;
  bool empty() const;
  /// Unique over tensors, buffers and sessions; 0 for an empty tensor.
  int id() const;

  /// Throws std::out_of_range for i >= size().
  TENSORLIFE("read(this)") float at(std::size_t i) const;
  /// A raw pointer into the buffer (null for an empty tensor). Checked mode
  /// cannot see reads through it; after a release they read NaN in checked
  /// mode while some handle to the buffer is left.
  TENSORLIFE("read(this)")
  TENSORLIFE("result_borrows(this)") const float *data() const;
  /// A copy: it outlives the buffer.
  TENSORLIFE("read(this)") std::vector<float> to_vector() const;
  /// An owning copy (libtorch's clone()): a new buffer with the same values,
  /// allocated in the innermost scope like tensor(). It does not depend on
  /// this tensor, its buffer or its inputs any more. Empty for an empty tensor.
  TENSORLIFE("read(this)") TENSORLIFE("result_in_scope") Tensor clone() const;

  /// Python's `del`: frees the buffer now, for every copy sharing it. A view
  /// only loses access; the buffer it views is not freed.
  TENSORLIFE("release(this)") void release();

private:
  friend struct detail::TensorAccess;
  explicit Tensor(std::shared_ptr<detail::TensorImpl> impl);

  std::shared_ptr<detail::TensorImpl> Impl;
};

TENSORLIFE("result_in_scope")
Tensor tensor(std::initializer_list<float> values);
TENSORLIFE("result_in_scope") Tensor tensor(std::vector<float> values);
TENSORLIFE("result_in_scope") Tensor ones(std::size_t n);
TENSORLIFE("result_in_scope") Tensor zeros(std::size_t n);

/// Same as t.release().
TENSORLIFE("release(0)") void release(Tensor &t);

/// Prints e.g. "tensor([5, 7, 9])" and a newline to stdout.
TENSORLIFE("read(0)") void print(const Tensor &t);

} // namespace tlrt

#endif // TLRT_TENSOR_H
