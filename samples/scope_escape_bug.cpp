// A lifetime scope (like a gradient tape or an arena): every tensor allocated while the scope is
// live -- including lazy op results -- is freed when it ends. Here the gradient computed inside
// the tape is assigned to a variable declared outside and read after the tape is gone.
//
// Fix: use the result inside the scope, or copy it out with `tape.keep(grad)`, which moves it to
// the enclosing scope -- see scope_keep_fixed.cpp.
// RUNTIME: use-after-release
#include "tlrt/tlrt.h"

int main() {
  tlrt::Tensor weights = tlrt::tensor({0.5f, -1.0f, 2.0f}); // outside any scope: lives on
  tlrt::Tensor grad;
  {
    tlrt::Scope tape("tape");
    tlrt::Tensor x = tlrt::tensor({1, 2, 3});
    tlrt::Tensor y = x * weights; // allocated in `tape`
    grad = tlrt::scale(y, 2.0f); // also allocated in `tape`: escapes
  }

  tlrt::print(grad);
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: 'grad' is read after scope 'tape' ended [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: scope 'tape' ended here
  return 0;
}
