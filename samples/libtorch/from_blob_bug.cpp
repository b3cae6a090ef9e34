// libtorch for real: a tensor made with torch::from_blob over a std::vector's storage does not own
// that storage. When the vector dies first, the tensor dangles: tensorlife flags the use
// statically, and AddressSanitizer reports the read through data_ptr() as heap-use-after-free.
// Build: g++ -std=c++17 -fsanitize=address -I/usr/include/torch/csrc/api/include ... -ltorch
//        -ltorch_cpu -lc10
#include <torch/torch.h>

#include <iostream>
#include <vector>

int main() {
  torch::Tensor t;
  {
    std::vector<float> data{1.0f, 2.0f, 3.0f, 4.0f};
    t = torch::from_blob(data.data(), {2, 2}, torch::kFloat);
  }
  float *p = t.data_ptr<float>();
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after buffer 'data' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'data' was destroyed here
  std::cout << "first element: " << p[0] << "\n";
  return 0;
}
