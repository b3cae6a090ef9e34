// A lifetime scope (gradient tape, arena), used correctly: the tensors allocated inside are used
// inside, and what must outlive the scope is copied out with `keep()`, which allocates the copy in
// the enclosing scope (here: none, so it lives on).
// RUNTIME: ok
#include "tlrt/tlrt.h"

int main() {
  tlrt::Tensor weights = tlrt::tensor({0.5f, -1.0f, 2.0f});
  tlrt::Tensor grad;
  {
    tlrt::Scope tape("tape");
    tlrt::Tensor x = tlrt::tensor({1, 2, 3});
    tlrt::Tensor y = x * weights;
    tlrt::Tensor g = tlrt::scale(y, 2.0f);
    tlrt::print(y);      // used inside the scope: fine
    grad = tape.keep(g); // "keep what you need"
  }

  tlrt::print(grad);
  tlrt::Tensor updated = weights + grad;
  tlrt::print(updated);
  return 0;
}
