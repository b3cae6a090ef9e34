// TensorFlow C++: a tensor's buffer is reference counted; assigning another tensor to the only
// one holding it frees it, and a view taken before dangles.
#include "tensorflow/core/framework/tensor.h"

float viewAfterReassignment(const tensorflow::Tensor &other) {
  tensorflow::Tensor t(tensorflow::DT_FLOAT, tensorflow::TensorShape({4}));
  float *p = t.base<float>();
  t = other;
  return p[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'p' is read after 't' was replaced [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't' was replaced here
}

// Looks similar but is fine: a copy keeps the buffer alive across the assignment.
float copyKeepsBuffer(const tensorflow::Tensor &other) {
  tensorflow::Tensor t(tensorflow::DT_FLOAT, tensorflow::TensorShape({4}));
  float *p = t.base<float>();
  tensorflow::Tensor keep = t;
  t = other;
  return p[0];
}
