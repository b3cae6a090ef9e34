// Fix-it: a from_blob view returned over the helper's own local buffer is cloned where it is
// made, so that an owning copy leaves the function.
// FIXED: clean
#include "torch_min.h"

#include <vector>

torch::Tensor ramp(int n) {
  std::vector<float> v(n, 1.0f);
  return torch::from_blob(v.data(), {n});
  // CHECK-FIXES: {{^}}  return torch::from_blob(v.data(), {n}).clone();{{$}}
  // CHECK-NOTES: :[[@LINE-2]]:10: warning: returned tensor 'torch::from_blob(v.data(), {n})' views buffer 'v', which is destroyed when 'ramp' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:22: note: buffer 'v' is a local of 'ramp', declared here
}

torch::Tensor rampVariable(int n) {
  std::vector<float> v(n, 1.0f);
  torch::Tensor t = torch::from_blob(v.data(), {n});
  // CHECK-FIXES: {{^}}  torch::Tensor t = torch::from_blob(v.data(), {n}).clone();{{$}}
  return t;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: returned tensor 't' views buffer 'v', which is destroyed when 'rampVariable' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-5]]:22: note: buffer 'v' is a local of 'rampVariable', declared here
}
