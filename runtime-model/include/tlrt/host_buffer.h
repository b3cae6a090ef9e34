// Non-owning tensors over a caller's memory, like torch::from_blob or
// Ort::Value::CreateTensor over a std::vector: the memory must outlive them.
#ifndef TLRT_HOST_BUFFER_H
#define TLRT_HOST_BUFFER_H

#include "tlrt/annotations.h"
#include "tlrt/tensor.h"

#include <cstddef>
#include <memory>
#include <vector>

namespace tlrt {

namespace detail {
struct HostState;
struct HostAccess;
} // namespace detail

/// A caller-owned buffer that tensors can view. Destroying or freeing it
/// leaves every view over it dangling.
class TENSORLIFE("buffer") HostBuffer {
public:
  explicit HostBuffer(std::vector<float> values);
  ~HostBuffer();
  HostBuffer(const HostBuffer &) = delete;
  HostBuffer &operator=(const HostBuffer &) = delete;

  /// Checked mode throws LifetimeError after free().
  float *data();
  std::size_t size() const { return Size; }
  int id() const;

  /// Releases the memory early.
  TENSORLIFE("release(this)") void free();

private:
  friend struct detail::HostAccess;

  // Shared with the views, so they can tell the buffer died after it is gone.
  std::shared_ptr<detail::HostState> State;
  std::size_t Size;
};

/// A view over `buffer`; a read after the buffer was destroyed or freed throws
/// LifetimeError in checked mode. Not allocated in any scope.
TENSORLIFE("result_views(0)") Tensor from_blob(HostBuffer &buffer);

/// A view over raw memory. Checked mode cannot know when that memory dies:
/// reads through this view are never checked.
TENSORLIFE("result_views(0)") Tensor from_blob(float *data, std::size_t n);

} // namespace tlrt

#endif // TLRT_HOST_BUFFER_H
