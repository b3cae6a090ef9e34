// libtorch: contiguous(), reshape(), flatten() and view_as() of a contiguous from_blob tensor
// return its storage, the caller's buffer: they die with the buffer like the tensor itself.
#include "torch_min.h"

#include <vector>

float contiguousAfterBufferGone() {
  torch::Tensor c;
  {
    std::vector<float> data(4, 1.0f);
    c = torch::from_blob(data.data(), {4}).contiguous();
  }
  return c.sum().item<float>();
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'c' is read after buffer 'data' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'data' was destroyed here
}

float reshapeAfterBufferGone() {
  torch::Tensor r;
  {
    std::vector<float> data(6, 1.0f);
    torch::Tensor t = torch::from_blob(data.data(), {6});
    r = t.reshape({2, 3});
  }
  return r.sum().item<float>();
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'r' is read after buffer 'data' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'data' was destroyed here
}

float flattenAfterBufferGone(const torch::Tensor &shape) {
  torch::Tensor f, v;
  {
    std::vector<float> data(6, 1.0f);
    torch::Tensor t = torch::from_blob(data.data(), {2, 3});
    f = t.flatten();
    v = t.view_as(shape);
  }
  return f.sum().item<float>() + v.sum().item<float>();
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'f' is read after buffer 'data' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'data' was destroyed here
  // CHECK-NOTES: :[[@LINE-3]]:34: warning: 'v' is read after buffer 'data' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-5]]:3: note: buffer 'data' was destroyed here
}

// Looks similar but is fine: clone() copies out of the buffer before it goes.
float cloneBeforeBufferGone() {
  torch::Tensor r;
  {
    std::vector<float> data(6, 1.0f);
    r = torch::from_blob(data.data(), {6}).reshape({2, 3}).clone();
  }
  return r.sum().item<float>();
}

// Looks similar but is fine: the reshaped tensor is read while the buffer lives.
float reshapeInScope() {
  std::vector<float> data(6, 1.0f);
  torch::Tensor t = torch::from_blob(data.data(), {6});
  return t.reshape({2, 3}).contiguous().sum().item<float>();
}
