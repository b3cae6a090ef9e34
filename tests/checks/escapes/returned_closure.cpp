// A lambda returned (directly or as a std::function) that captures a tensor over a local buffer,
// or the buffer by reference, carries the dangling view out of the function.
#include "torch_min.h"

#include <array>
#include <functional>
#include <vector>

std::function<float()> lazySum() {
  std::array<float, 4> values{1, 2, 3, 4};
  torch::Tensor t = torch::from_blob(values.data(), {4});
  return [t] { return t.sum().item<float>(); };
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: returned function views buffer 'values', which is destroyed when 'lazySum' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:24: note: buffer 'values' is a local of 'lazySum', declared here
}

auto lazyFirst() {
  std::vector<float> v(4, 1.0f);
  torch::Tensor t = torch::from_blob(v.data(), {4});
  auto first = [t] { return t.data_ptr<float>()[0]; };
  return first;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: returned function views buffer 'v', which is destroyed when 'lazyFirst' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-5]]:22: note: buffer 'v' is a local of 'lazyFirst', declared here
}

// Looks similar but is fine: the lambda captures an owning copy.
std::function<float()> lazySumOfCopy() {
  std::array<float, 4> values{1, 2, 3, 4};
  torch::Tensor t = torch::from_blob(values.data(), {4}).clone();
  return [t] { return t.sum().item<float>(); };
}

// Looks similar but is fine: the lambda is called before the buffer goes.
float sumNow() {
  std::array<float, 4> values{1, 2, 3, 4};
  torch::Tensor t = torch::from_blob(values.data(), {4});
  auto sum = [t] { return t.sum().item<float>(); };
  return sum();
}

// Looks similar but is fine: the buffer is the caller's.
std::function<float()> lazySumOver(std::vector<float> &v) {
  torch::Tensor t = torch::from_blob(v.data(), {static_cast<int64_t>(v.size())});
  return [t] { return t.sum().item<float>(); };
}
