#include "tlrt/custom_op.h"

#include "tensor_impl.h"

#include <map>
#include <mutex>
#include <stdexcept>

namespace tlrt {

namespace {
struct Registry {
  std::mutex Mutex;
  std::map<std::string, OpKernel> Kernels;
};
} // namespace

static Registry &registry() {
  static Registry R;
  return R;
}

void register_op(const std::string &name, OpKernel kernel) {
  Registry &R = registry();
  std::lock_guard<std::mutex> Lock(R.Mutex);
  if (!R.Kernels.emplace(name, std::move(kernel)).second)
    throw std::invalid_argument("register_op: op '" + name +
                                "' is already registered");
}

static OpKernel lookup(const std::string &name) {
  Registry &R = registry();
  std::lock_guard<std::mutex> Lock(R.Mutex);
  auto It = R.Kernels.find(name);
  if (It == R.Kernels.end())
    throw std::invalid_argument("call_op: no op named '" + name + "'");
  return It->second;
}

static Tensor call(const std::string &name,
                   std::vector<std::shared_ptr<detail::TensorImpl>> inputs) {
  std::size_t Size = inputs[0]->Size;
  return detail::TensorAccess::wrap(detail::defer(
      name, lookup(name), std::move(inputs), Size, detail::innermost_scope()));
}

Tensor call_op(const std::string &name, const Tensor &a) {
  return call(name, {detail::operand(a, name)});
}

Tensor call_op(const std::string &name, const Tensor &a, const Tensor &b) {
  return call(name, {detail::operand(a, name), detail::operand(b, name)});
}

} // namespace tlrt
