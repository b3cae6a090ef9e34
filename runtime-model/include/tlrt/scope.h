// Lifetime scopes (a gradient tape, an arena): tensors allocated while a scope
// is the innermost one on its thread die with it.
#ifndef TLRT_SCOPE_H
#define TLRT_SCOPE_H

#include "tlrt/annotations.h"
#include "tlrt/tensor.h"

#include <memory>
#include <string>

namespace tlrt {

namespace detail {
struct Arena;
} // namespace detail

/// Every result_in_scope function allocates its result in the innermost live
/// Scope of the calling thread (a lazy result: in the scope active when the
/// op was called). Reading it after the scope ended is a use-after-release.
class TENSORLIFE("scope") Scope {
public:
  explicit Scope(std::string name = "scope");
  /// Releases every tensor buffer allocated in this scope.
  ~Scope();
  Scope(const Scope &) = delete;
  Scope &operator=(const Scope &) = delete;

  /// "Keep what you need": materialises `t` and copies it into a buffer owned
  /// by the enclosing scope (or by no scope), so the copy outlives this one.
  TENSORLIFE("read(0)") Tensor keep(const Tensor &t);

  const std::string &name() const { return Name; }

private:
  std::string Name;
  std::unique_ptr<detail::Arena> Owned;
};

} // namespace tlrt

#endif // TLRT_SCOPE_H
