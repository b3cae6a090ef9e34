// libtorch: data_ptr<T>() points into the tensor's storage; through a from_blob view it is the
// caller's buffer.
#include "torch_min.h"

#include <vector>

float dataPtrAfterBufferGone() {
  float *p = nullptr;
  torch::Tensor t;
  {
    std::vector<float> data(4, 1.0f);
    t = torch::from_blob(data.data(), {4}, torch::kFloat);
    p = t.data_ptr<float>();
  }
  return p[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'p' is read after buffer 'data' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'data' was destroyed here
}
