// Eager mode: the "del a, b; print(c)" bug. `a + b` is lazy: `c` only remembers its inputs and
// computes on its first read. Releasing `a` and `b` to save memory before that read leaves `c`
// computing from freed buffers -- in a real runtime a crash or garbage, depending on when the
// memory is reused.
//
// Fix: read (materialise) `c` before releasing its inputs, e.g. print it or copy it out with
// to_vector() first, or simply do not release them -- see release_inputs_then_print_fixed.cpp.
//
// The same scenario in TensorFlow's eager C API (TFE_Execute, TFE_DeleteTensorHandle) is
// tests/checks/models_tensorflow_c/eager_release_inputs*.cpp: there an op holds references to its
// inputs, so deleting them is fine, and what dangles is a handle over a freed buffer.
// RUNTIME: use-after-release
#include "tlrt/tlrt.h"

int main() {
  tlrt::Tensor a = tlrt::tensor({1, 2, 3});
  tlrt::Tensor b = tlrt::tensor({4, 5, 6});
  tlrt::Tensor c = a + b;

  // "We have c now, free the inputs."
  tlrt::release(a);
  tlrt::release(b);

  tlrt::print(c);
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: 'c' is read after its inputs 'a' and 'b' were released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-5]]:3: note: 'a' was released here
  // CHECK-NOTES: :[[@LINE-5]]:3: note: 'b' was released here
  return 0;
}
