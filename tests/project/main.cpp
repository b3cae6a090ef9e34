// A user's program, checked through its compile_commands.json and .clang-tidy.
#include "tlrt/tlrt.h"

#include <utility>
#include <vector>

int main() {
  tlrt::Graph g;
  tlrt::Node c = g.add(g.constant({1, 2}), g.constant({3, 4}));
  tlrt::Session sess(g);
  tlrt::Tensor out = sess.run(c);
  sess.close();
  tlrt::print(out);

  std::vector<float> v{1, 2};
  std::vector<float> w = std::move(v);
  return static_cast<int>(v.size() + w.size());
}
