// libtorch, clean: views whose storage is alive. A view does not depend on the tensor it was
// taken from (storage is reference counted), only on what that tensor views.
#include "torch_min.h"

#include <vector>

float viewOfAClone() {
  torch::Tensor row;
  {
    std::vector<float> data(4, 1.0f);
    row = torch::from_blob(data.data(), {2, 2}, torch::kFloat).clone().select(0, 1);
  }
  return row.sum().item<float>();
}

float viewOutlivesItsSourceTensor() {
  std::vector<float> data(4, 1.0f);
  torch::Tensor view;
  {
    torch::Tensor t = torch::from_blob(data.data(), {2, 2}, torch::kFloat);
    view = t.transpose(0, 1).detach();
  }
  return view.sum().item<float>();
}

float viewOfAnOwningTensor() {
  torch::Tensor column;
  {
    torch::Tensor owner = torch::ones({2, 2});
    column = owner.t()[1];
  }
  return column.mean().item<float>();
}

float viewUsedWhileTheBufferLives(std::ostream &out) {
  std::vector<float> data(4, 1.0f);
  torch::Tensor t = torch::from_blob(data.data(), {2, 2}, torch::kFloat);
  out << t.view({4});
  float total = t[0].sum().item<float>();
  data.clear();
  return total;
}
