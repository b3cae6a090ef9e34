// User-registered ops: lazy like the built-in ones, so a chain of them hides
// dependencies on buffers several steps upstream.
#ifndef TLRT_CUSTOM_OP_H
#define TLRT_CUSTOM_OP_H

#include "tlrt/annotations.h"
#include "tlrt/tensor.h"

#include <functional>
#include <string>
#include <vector>

namespace tlrt {

/// Computes an op's values from its inputs' values. It must return as many
/// values as its first input has (that is the result's size(), known before
/// the kernel runs); otherwise the read throws std::length_error.
using OpKernel = std::function<std::vector<float>(
    const std::vector<std::vector<float>> &inputs)>;

/// Throws std::invalid_argument if `name` is already registered.
void register_op(const std::string &name, OpKernel kernel);

/// Throws std::invalid_argument if `name` is not registered.
TENSORLIFE("result_depends(1)")
TENSORLIFE("result_in_scope")
Tensor call_op(const std::string &name, const Tensor &a);
TENSORLIFE("result_depends(1,2)")
TENSORLIFE("result_in_scope")
Tensor call_op(const std::string &name, const Tensor &a, const Tensor &b);

} // namespace tlrt

#endif // TLRT_CUSTOM_OP_H
