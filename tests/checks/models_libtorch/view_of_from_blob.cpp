// libtorch (built-in model libtorch): a view (view, slice, select, transpose, t[i], ...) shares the
// storage of its source, so a view of a from_blob tensor dies with the caller's buffer too.
#include "torch_min.h"

#include <vector>

float viewOutlivesBuffer() {
  torch::Tensor row;
  {
    std::vector<float> data(4, 1.0f);
    torch::Tensor t = torch::from_blob(data.data(), {2, 2}, torch::kFloat);
    row = t.view({4}).slice(0, 0, 2);
  }
  return row.sum().item<float>();
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'row' is read after buffer 'data' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'data' was destroyed here
}

void elementOfTransposeAfterResize(std::ostream &out) {
  std::vector<float> data(4, 1.0f);
  torch::Tensor t = torch::from_blob(data.data(), {2, 2}, torch::kFloat);
  torch::Tensor first = t.t()[0];
  data.resize(1 << 20);
  out << first;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'first' is read after buffer 'data' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'data' was reallocated here
}
