// libtorch, clean: data_ptr of an owning tensor (clone) stays valid while the tensor lives.
#include "torch_min.h"

#include <vector>

float dataPtrOfClone() {
  torch::Tensor owned;
  {
    std::vector<float> data(4, 1.0f);
    owned = torch::from_blob(data.data(), {4}, torch::kFloat).clone();
  }
  float *p = owned.data_ptr<float>();
  return p[0];
}
