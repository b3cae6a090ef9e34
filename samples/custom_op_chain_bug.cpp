// Custom ops hide dependencies: a registered op is lazy like the built-in ones, so at the end of
// a chain of ops the final result still depends on the raw input several steps upstream. Freeing
// that input "because the intermediate results are already computed" breaks the final read.
//
// Fix: materialise the result (print it, or copy it with to_vector()) before releasing anything
// it depends on -- see custom_op_chain_fixed.cpp.
// RUNTIME: use-after-release
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

  tlrt::release(input); // the raw batch is large: free it early

  tlrt::print(logits);
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: 'logits' is read after its upstream input 'input' was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'input' was released here
  return 0;
}
