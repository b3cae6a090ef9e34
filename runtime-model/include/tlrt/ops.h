// Lazy element-wise ops: the result remembers its inputs' buffers and computes
// on first read, so releasing an input before that read is a use-after-release
// (the "del a, b; print(c)" bug). Inputs of different sizes throw
// std::invalid_argument.
#ifndef TLRT_OPS_H
#define TLRT_OPS_H

#include "tlrt/annotations.h"
#include "tlrt/tensor.h"

namespace tlrt {

TENSORLIFE("result_depends(0,1)")
TENSORLIFE("result_in_scope") Tensor add(const Tensor &a, const Tensor &b);
TENSORLIFE("result_depends(0,1)")
TENSORLIFE("result_in_scope") Tensor mul(const Tensor &a, const Tensor &b);
TENSORLIFE("result_depends(0)")
TENSORLIFE("result_in_scope") Tensor scale(const Tensor &a, float factor);
TENSORLIFE("result_depends(0,1)")
TENSORLIFE("result_in_scope")
Tensor operator+(const Tensor &a, const Tensor &b);
TENSORLIFE("result_depends(0,1)")
TENSORLIFE("result_in_scope")
Tensor operator*(const Tensor &a, const Tensor &b);

} // namespace tlrt

#endif // TLRT_OPS_H
