// Graph mode, done right: every output is used, or copied out of the session's memory with
// to_vector(), before the session is closed. A std::vector copy outlives the session.
// RUNTIME: ok
#include "tlrt/tlrt.h"

#include <iostream>
#include <vector>

int main() {
  tlrt::Graph g;
  tlrt::Node x = g.constant({1, 2, 3});
  tlrt::Node w = g.constant({0.5f, 0.5f, 0.5f});
  tlrt::Node b = g.constant({1, 1, 1});
  tlrt::Node y = g.add(g.mul(x, w), b);

  tlrt::Session sess(g);
  tlrt::Tensor out = sess.run(y);
  tlrt::print(out); // used while the session is open

  tlrt::Tensor again = sess.run(y); // a second run, also before the close
  std::vector<float> result = again.to_vector(); // a copy the caller owns
  sess.close();

  float sum = 0;
  for (float v : result)
    sum += v;
  std::cout << "sum of outputs: " << sum << "\n";
  return 0;
}
