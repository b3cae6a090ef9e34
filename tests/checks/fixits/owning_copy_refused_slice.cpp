// No fix-it: a view of a view (a slice of a from_blob tensor shares the buffer through
// result_shares): not offered. The warning stays.
#include "torch_min.h"

#include <vector>

float sliceOfAView() {
  torch::Tensor s;
  {
    std::vector<float> data(4, 1.0f);
    torch::Tensor t = torch::from_blob(data.data(), {4});
    s = t.slice(0, 0, 2);
  }
  return s.sum().item<float>();
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 's' is read after buffer 'data' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'data' was destroyed here
}
