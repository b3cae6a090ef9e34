// The borrowed session output reached through aliases, used right: everything read through the
// reference and the pointer is read while the session is open; what is needed afterwards is a
// std::vector copy the caller owns.
// RUNTIME: ok
#include "tlrt/tlrt.h"

#include <iostream>
#include <vector>

int main() {
  tlrt::Graph g;
  tlrt::Node a = g.constant({1, 2, 3});
  tlrt::Node b = g.constant({10, 20, 30});
  tlrt::Node sum = g.add(a, b);

  tlrt::Session sess(g);
  tlrt::Tensor out = sess.run(sum);
  tlrt::Tensor &result = out;
  tlrt::Tensor *latest = &out;

  tlrt::print(result);
  std::cout << "first: " << latest->at(0) << "\n";
  std::vector<float> saved = latest->to_vector();
  sess.close();

  std::cout << "saved " << saved.size() << " values, last " << saved.back() << "\n";
  return 0;
}
