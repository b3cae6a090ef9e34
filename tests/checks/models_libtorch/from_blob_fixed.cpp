// libtorch, clean: .clone() makes an owning copy before the buffer dies; the from_blob overload
// with a deleter takes ownership; a view used while the buffer lives.
#include "torch_min.h"

#include <vector>

float cloneBeforeBufferDies() {
  torch::Tensor t;
  {
    std::vector<float> data(4, 1.0f);
    t = torch::from_blob(data.data(), {2, 2}, torch::kFloat).clone();
  }
  return t.sum().item<float>();
}

float cloneAfterView() {
  torch::Tensor owned;
  {
    std::vector<float> data(4, 1.0f);
    torch::Tensor view = torch::from_blob(data.data(), {2, 2}, torch::kFloat);
    owned = view.clone();
  }
  return owned.sum().item<float>();
}

float deleterTakesOwnership() {
  torch::Tensor t;
  {
    auto *data = new std::vector<float>(4, 1.0f);
    t = torch::from_blob(data->data(), {2, 2}, [data](void *) { delete data; }, torch::kFloat);
  }
  return t.sum().item<float>();
}

float viewWhileBufferLives() {
  std::vector<float> data(4, 1.0f);
  torch::Tensor t = torch::from_blob(data.data(), {2, 2}, torch::kFloat);
  float sum = t.sum().item<float>();
  data.resize(1 << 20);
  return sum;
}
