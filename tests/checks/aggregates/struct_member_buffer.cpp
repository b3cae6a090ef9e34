// A buffer member of a local struct dies with the struct: a tensor viewing it dangles after the
// struct's scope, and the message names the member.
#include "torch_min.h"

#include <vector>

struct Staging {
  std::vector<float> host;
  int rows;
};

float viewOfMemberOutlivesStruct() {
  torch::Tensor t;
  {
    Staging s;
    s.host.assign(6, 1.0f);
    t = torch::from_blob(s.host.data(), {2, 3});
  }
  return t.sum().item<float>();
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 't' is read after buffer 's.host' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 's.host' was destroyed here
}

// Looks similar but is fine: the tensor is read while the struct is alive.
float viewReadInsideScope() {
  Staging s;
  s.host.assign(6, 1.0f);
  torch::Tensor t = torch::from_blob(s.host.data(), {2, 3});
  return t.sum().item<float>();
}

// Looks similar but is fine: the struct outlives the tensor's reads.
float structDeclaredOutside() {
  Staging s;
  torch::Tensor t;
  {
    s.host.assign(6, 1.0f);
    t = torch::from_blob(s.host.data(), {2, 3});
  }
  return t.sum().item<float>();
}
