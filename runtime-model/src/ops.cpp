#include "tlrt/ops.h"

#include "tensor_impl.h"

#include <stdexcept>
#include <string>

namespace tlrt {

using detail::TensorAccess;

// The op is only recorded here; the values are computed on first read.
static Tensor elementwise(const std::string &op, const Tensor &a,
                          const Tensor &b, float (*f)(float, float)) {
  auto A = detail::operand(a, op);
  auto B = detail::operand(b, op);
  if (A->Size != B->Size)
    throw std::invalid_argument(op + ": size mismatch (" +
                                std::to_string(A->Size) + " vs " +
                                std::to_string(B->Size) + ")");
  auto Compute = [f](const std::vector<std::vector<float>> &in) {
    std::vector<float> Out(in[0].size());
    for (std::size_t I = 0; I < Out.size(); ++I)
      Out[I] = f(in[0][I], in[1][I]);
    return Out;
  };
  std::size_t Size = A->Size;
  return TensorAccess::wrap(detail::defer(op, Compute,
                                          {std::move(A), std::move(B)}, Size,
                                          detail::innermost_scope()));
}

Tensor add(const Tensor &a, const Tensor &b) {
  return elementwise("add", a, b, [](float x, float y) { return x + y; });
}

Tensor mul(const Tensor &a, const Tensor &b) {
  return elementwise("mul", a, b, [](float x, float y) { return x * y; });
}

Tensor scale(const Tensor &a, float factor) {
  auto A = detail::operand(a, "scale");
  auto Compute = [factor](const std::vector<std::vector<float>> &in) {
    std::vector<float> Out = in[0];
    for (float &X : Out)
      X *= factor;
    return Out;
  };
  std::size_t Size = A->Size;
  return TensorAccess::wrap(detail::defer("scale", Compute, {std::move(A)},
                                          Size, detail::innermost_scope()));
}

Tensor operator+(const Tensor &a, const Tensor &b) { return add(a, b); }

Tensor operator*(const Tensor &a, const Tensor &b) { return mul(a, b); }

} // namespace tlrt
