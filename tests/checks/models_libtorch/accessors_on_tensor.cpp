// libtorch 1.9 and older declare data_ptr<T>() and data<T>() on at::Tensor itself (there is no
// TensorBase): they point into the storage all the same.
#include <vector>

namespace c10 {
template <typename T> class ArrayRef {
public:
  ArrayRef(std::initializer_list<T> list);
};
using IntArrayRef = ArrayRef<long>;
struct TensorOptions {};
} // namespace c10

namespace at {
class Tensor {
public:
  Tensor();
  Tensor(const Tensor &);
  Tensor &operator=(const Tensor &) &;
  template <typename T> T *data_ptr() const;
  template <typename T> T *data() const;
  Tensor sum() const;
};
Tensor from_blob(void *data, c10::IntArrayRef sizes, const c10::TensorOptions &options = {});
} // namespace at

float dataPtrAfterBufferGone() {
  float *p = nullptr;
  {
    std::vector<float> data(4, 1.0f);
    at::Tensor t = at::from_blob(data.data(), {4});
    p = t.data_ptr<float>();
  }
  return p[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'p' is read after buffer 'data' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'data' was destroyed here
}

float dataAfterBufferGone() {
  float *p = nullptr;
  {
    std::vector<float> data(4, 1.0f);
    at::Tensor t = at::from_blob(data.data(), {4});
    p = t.data<float>();
  }
  return p[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'p' is read after buffer 'data' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'data' was destroyed here
}

// Looks similar but is fine: the pointer is read while the buffer lives.
float dataPtrInScope() {
  std::vector<float> data(4, 1.0f);
  at::Tensor t = at::from_blob(data.data(), {4});
  float *p = t.data_ptr<float>();
  return p[0];
}
