// Custom ops hide dependencies, handled right: the result of the op chain is materialised (read
// once) before the large raw input it depends on, several steps upstream, is released.
// RUNTIME: ok
#include "tlrt/tlrt.h"

#include <algorithm>
#include <vector>

static std::vector<float> relu(const std::vector<std::vector<float>> &inputs) {
  std::vector<float> out = inputs[0];
  for (float &v : out)
    v = std::max(v, 0.0f);
  return out;
}

int main() {
  tlrt::register_op("relu", relu);

  tlrt::Tensor input = tlrt::tensor({-1, 2, -3, 4});
  tlrt::Tensor weights = tlrt::tensor({2, 2, 2, 2});
  tlrt::Tensor bias = tlrt::tensor({0.5f, 0.5f, 0.5f, 0.5f});

  tlrt::Tensor hidden = input * weights;                     // lazy
  tlrt::Tensor activated = tlrt::call_op("relu", hidden);    // lazy, custom
  tlrt::Tensor logits = tlrt::scale(activated, 0.1f) + bias; // lazy

  tlrt::print(logits);  // materialised: no longer needs input, hidden, ...
  tlrt::release(input); // now freeing the raw batch is safe

  tlrt::Tensor probs = tlrt::call_op("relu", logits);
  tlrt::print(probs);
  return 0;
}
