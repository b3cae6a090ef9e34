#include "tlrt/tensor.h"

#include "tensor_impl.h"
#include "tlrt/error.h"

#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace tlrt {

Tensor::Tensor(std::shared_ptr<detail::TensorImpl> impl)
    : Impl(std::move(impl)) {}

std::size_t Tensor::size() const { return Impl ? Impl->Size : 0; }

bool Tensor::empty() const { return !Impl; }

int Tensor::id() const { return Impl ? Impl->Id : 0; }

float Tensor::at(std::size_t i) const {
  if (i >= size())
    throw std::out_of_range("Tensor::at: index " + std::to_string(i) +
                            " out of range for size " + std::to_string(size()));
  return detail::read(*Impl)[i];
}

const float *Tensor::data() const {
  return Impl ? detail::read(*Impl) : nullptr;
}

std::vector<float> Tensor::to_vector() const {
  if (!Impl)
    return {};
  const float *Values = detail::read(*Impl);
  return std::vector<float>(Values, Values + Impl->Size);
}

Tensor Tensor::clone() const {
  if (!Impl)
    return Tensor();
  return detail::TensorAccess::wrap(
      detail::allocate(to_vector(), "clone", detail::innermost_scope()));
}

void Tensor::release() {
  if (Impl)
    detail::end_life(
        *Impl,
        {LifetimeKind::UseAfterRelease,
         "tensor #" + std::to_string(Impl->Id) + " was released by release()",
         /*NamesTensor=*/true},
        "release()");
}

Tensor tensor(std::initializer_list<float> values) {
  return tensor(std::vector<float>(values));
}

Tensor tensor(std::vector<float> values) {
  return detail::TensorAccess::wrap(
      detail::allocate(std::move(values), "tensor", detail::innermost_scope()));
}

Tensor ones(std::size_t n) {
  return detail::TensorAccess::wrap(detail::allocate(
      std::vector<float>(n, 1.0f), "ones", detail::innermost_scope()));
}

Tensor zeros(std::size_t n) {
  return detail::TensorAccess::wrap(detail::allocate(
      std::vector<float>(n, 0.0f), "zeros", detail::innermost_scope()));
}

void release(Tensor &t) { t.release(); }

void print(const Tensor &t) {
  std::ostringstream Line;
  Line << "tensor([";
  const std::vector<float> Values = t.to_vector();
  for (std::size_t I = 0; I < Values.size(); ++I)
    Line << (I ? ", " : "") << Values[I];
  Line << "])\n";
  std::cout << Line.str();
}

} // namespace tlrt
