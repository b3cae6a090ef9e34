#include "tlrt/scope.h"

#include "tensor_impl.h"
#include "tlrt/error.h"

#include <algorithm>
#include <vector>

namespace tlrt {

// The live scopes of this thread, innermost last.
static thread_local std::vector<detail::Arena *> Scopes;

detail::Arena *detail::innermost_scope() {
  return Scopes.empty() ? nullptr : Scopes.back();
}

Scope::Scope(std::string name)
    : Name(std::move(name)),
      Owned(std::make_unique<detail::Arena>("scope '" + Name + "'")) {
  Scopes.push_back(Owned.get());
  detail::log_event("begin " + Owned->Name);
}

Scope::~Scope() {
  // Usually the innermost one, but a heap-allocated scope may end out of order.
  auto It = std::find(Scopes.begin(), Scopes.end(), Owned.get());
  if (It != Scopes.end())
    Scopes.erase(It);
  detail::log_event("end " + Owned->Name);
  Owned->release_all({LifetimeKind::UseAfterRelease, Owned->Name + " ended",
                      /*NamesTensor=*/false});
}

Tensor Scope::keep(const Tensor &t) {
  const auto &Impl = detail::TensorAccess::impl(t);
  if (!Impl)
    return Tensor();
  const float *Values = detail::read(*Impl);
  auto It = std::find(Scopes.begin(), Scopes.end(), Owned.get());
  detail::Arena *Enclosing =
      It == Scopes.begin() || It == Scopes.end() ? nullptr : *(It - 1);
  return detail::TensorAccess::wrap(detail::allocate(
      std::vector<float>(Values, Values + Impl->Size), "keep", Enclosing));
}

} // namespace tlrt
