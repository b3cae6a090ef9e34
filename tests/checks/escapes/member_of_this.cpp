// A member of *this given a view over a local buffer of a member function (or constructor)
// outlives the buffer: reported where it is stored.
#include "torch_min.h"

#include <vector>

class Loader {
public:
  explicit Loader(int n) {
    std::vector<float> v(n, 0.0f);
    cache_ = torch::from_blob(v.data(), {n});
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: member 'cache_' views buffer 'v', which is destroyed when 'Loader' returns [tensorlife-use-after-release]
    // CHECK-NOTES: :[[@LINE-3]]:24: note: buffer 'v' is a local of 'Loader', declared here
  }

  void reload(int n) {
    std::vector<float> v(n, 1.0f);
    this->cache_ = torch::from_blob(v.data(), {n});
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: member 'cache_' views buffer 'v', which is destroyed when 'reload' returns [tensorlife-use-after-release]
    // CHECK-NOTES: :[[@LINE-3]]:24: note: buffer 'v' is a local of 'reload', declared here
  }

  // Looks similar but is fine: the view is over a member buffer, which lives as long as the view.
  void wrapOwn() { cache_ = torch::from_blob(storage_.data(), {static_cast<int64_t>(storage_.size())}); }

  // Looks similar but is fine: an owning copy is kept.
  void reloadCopy(int n) {
    std::vector<float> v(n, 1.0f);
    cache_ = torch::from_blob(v.data(), {n}).clone();
  }

private:
  std::vector<float> storage_;
  torch::Tensor cache_;
};
