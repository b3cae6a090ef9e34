// TensorFlow C++, clean: a view read while a tensor sharing the buffer is alive.
#include "tensorflow/core/framework/tensor.h"

float copyKeepsBufferAlive() {
  tensorflow::Tensor keep;
  float *p = nullptr;
  {
    tensorflow::Tensor t(tensorflow::DT_FLOAT, tensorflow::TensorShape({4}));
    p = t.base<float>();
    keep = t;
  }
  return p[0];
}

float viewInScope() {
  tensorflow::Tensor t(tensorflow::DT_FLOAT, tensorflow::TensorShape({4}));
  auto flat = t.flat<float>();
  return flat(0);
}
