// The buffer state behind Tensor handles, and the read/release machinery every
// tensor-producing part of the runtime shares.
#ifndef TLRT_SRC_TENSOR_IMPL_H
#define TLRT_SRC_TENSOR_IMPL_H

#include "tlrt/error.h"
#include "tlrt/tensor.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tlrt::detail {

/// How a lifetime ended.
struct Death {
  LifetimeKind Kind;
  std::string Culprit;
  // The culprit names the dead tensor itself ("tensor #3 was released by
  // release()") rather than what it belonged to ("scope 'tape' ended").
  bool NamesTensor;
};

/// A HostBuffer's memory and liveness, shared with the views over it.
struct HostState {
  int Id;
  std::vector<float> Values;
  std::optional<Death> Dead;
};

using Kernel =
    std::function<std::vector<float>(const std::vector<std::vector<float>> &)>;

/// Ids are unique over tensors, buffers and sessions, so each event log line
/// names one object.
int next_id();

/// Shared by every copy of a Tensor.
struct TensorImpl {
  int Id = next_id();
  std::size_t Size = 0;
  std::vector<float> Storage; // Owned values, once materialised.
  // Where reads go: Storage, a HostBuffer's values or raw memory. Cached so
  // that an unchecked read after a release is a real use-after-free.
  const float *Data = nullptr;
  std::shared_ptr<HostState> Viewed; // The HostBuffer a view reads.
  // A pending lazy result: Compute(Inputs) on first read.
  std::string Op;
  Kernel Compute;
  std::vector<std::shared_ptr<TensorImpl>> Inputs;
  std::string Owner; // "scope 'tape'", "session #1" or "" (for the log).
  std::optional<Death> Dead;
};

/// The tensors of a scope or session, released together.
struct Arena {
  explicit Arena(std::string name) : Name(std::move(name)) {}
  void adopt(const std::shared_ptr<TensorImpl> &t);
  void release_all(const Death &death);

  std::string Name; // "scope 'tape'", "session #1".
  std::vector<std::weak_ptr<TensorImpl>> Tensors;
};

/// The innermost live Scope of this thread, or null.
Arena *innermost_scope();

/// Frees `values` in unchecked mode (so a stale read is a real use-after-free);
/// poisons them with NaN in checked mode (so a stale raw pointer reads NaN, not
/// freed memory).
void discard(std::vector<float> &values);

/// Records an event if the log is enabled.
void log_event(const std::string &event);

/// A materialised tensor of `values`, made by `origin` (for the log), owned by
/// `owner` if not null.
std::shared_ptr<TensorImpl> allocate(std::vector<float> values,
                                     const std::string &origin, Arena *owner);

/// A lazy tensor of `size` values computing `op` from `inputs` on first read,
/// owned by `owner` if not null.
std::shared_ptr<TensorImpl>
defer(const std::string &op, Kernel compute,
      std::vector<std::shared_ptr<TensorImpl>> inputs, std::size_t size,
      Arena *owner);

/// The values of `t`, materialised. Checked mode first throws LifetimeError if
/// `t` or anything it depends on is dead.
const float *read(TensorImpl &t);

/// Ends `t`'s lifetime (idempotent) and frees what it owns; `cause` is logged.
void end_life(TensorImpl &t, Death death, const std::string &cause);

/// The only way into Tensor's representation.
struct TensorAccess {
  static Tensor wrap(std::shared_ptr<TensorImpl> impl) {
    return Tensor(std::move(impl));
  }
  static const std::shared_ptr<TensorImpl> &impl(const Tensor &t) {
    return t.Impl;
  }
};

/// The buffer of an input of `op`; throws std::invalid_argument if empty.
std::shared_ptr<TensorImpl> operand(const Tensor &t, const std::string &op);

} // namespace tlrt::detail

#endif // TLRT_SRC_TENSOR_IMPL_H
