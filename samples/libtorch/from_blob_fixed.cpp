// libtorch for real, fixed: .clone() copies the data into storage the tensor owns before the
// vector dies, so reading it afterwards is fine (tensorlife is silent, AddressSanitizer too).
#include <torch/torch.h>

#include <iostream>
#include <vector>

int main() {
  torch::Tensor t;
  {
    std::vector<float> data{1.0f, 2.0f, 3.0f, 4.0f};
    t = torch::from_blob(data.data(), {2, 2}, torch::kFloat).clone();
  }
  float *p = t.data_ptr<float>();
  std::cout << "first element: " << p[0] << "\n";
  return 0;
}
