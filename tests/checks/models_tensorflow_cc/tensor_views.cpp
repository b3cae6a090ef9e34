// TensorFlow C++: flat<T>(), base<T>(), data() are views into the tensor's buffer, dangling once
// the last tensor sharing it is destroyed.
#include "tensorflow/core/framework/tensor.h"

float pointerOutlivesTensor() {
  float *p = nullptr;
  {
    tensorflow::Tensor t(tensorflow::DT_FLOAT, tensorflow::TensorShape({4}));
    p = t.base<float>();
  }
  return p[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'p' is read after 't' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't' was destroyed here
}
