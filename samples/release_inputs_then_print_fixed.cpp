// Eager mode, done right: `c = a + b` is lazy, so read it once -- which materialises it into its
// own buffer -- before releasing `a` and `b`. After that `c` no longer depends on them and can be
// used as long as needed.
// RUNTIME: ok
#include "tlrt/tlrt.h"

#include <iostream>

int main() {
  tlrt::Tensor a = tlrt::tensor({1, 2, 3});
  tlrt::Tensor b = tlrt::tensor({4, 5, 6});
  tlrt::Tensor c = a + b;

  tlrt::print(c); // materialises c: it no longer needs a and b

  tlrt::release(a);
  tlrt::release(b);

  tlrt::Tensor d = tlrt::scale(c, 10.0f); // c is still alive
  tlrt::print(d);
  std::cout << "c[0] = " << c.at(0) << "\n";
  return 0;
}
