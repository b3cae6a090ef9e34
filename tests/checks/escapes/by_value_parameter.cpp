// A buffer passed by value is the helper's own copy: it dies when the helper returns, so a view
// over it that leaves is dangling, and the caller's vector (which was copied) is not what the
// result views.
#include "torch_min.h"

#include <ostream>
#include <vector>

torch::Tensor wrapCopy(std::vector<float> v) {
  return torch::from_blob(v.data(), {static_cast<int64_t>(v.size())});
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: returned tensor 'torch::from_blob(v.data(), {static_cast<int64_t>(v.size())})' views buffer 'v', which is destroyed when 'wrapCopy' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:43: note: buffer 'v' is a parameter of 'wrapCopy', passed by value
}

void callerKeepsItsVector(std::ostream &out) {
  std::vector<float> mine(4, 1.0f);
  torch::Tensor t = wrapCopy(mine);
  out << t; // dangling, but reported where it escaped; 'mine' is not what it views
  mine.clear();
  mine.shrink_to_fit();
  out << t;
}

// Looks similar but is fine: by reference, the buffer is the caller's.
torch::Tensor wrapCallers(std::vector<float> &v) {
  return torch::from_blob(v.data(), {static_cast<int64_t>(v.size())});
}

// Looks similar but is fine: an owning copy leaves.
torch::Tensor copyOf(std::vector<float> v) {
  return torch::from_blob(v.data(), {static_cast<int64_t>(v.size())}).clone();
}
