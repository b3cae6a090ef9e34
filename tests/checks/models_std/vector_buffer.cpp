// Built-in model std: std::vector is a buffer; data() points into it; push_back/insert/resize/
// reserve/shrink_to_fit/clear/assign invalidate it.
#include <vector>

float dataAfterPushBack() {
  std::vector<float> v(4, 1.0f);
  float *p = v.data();
  v.push_back(2.0f);
  return p[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'p' is read after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was reallocated here
}

float dataAfterAssign() {
  std::vector<float> v(4, 1.0f);
  float *p = v.data();
  v.assign(8, 0.0f);
  return p[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'p' is read after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was reallocated here
}

float dataAfterScope() {
  float *p = nullptr;
  {
    std::vector<float> v(4, 1.0f);
    p = v.data();
  }
  return p[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'p' is read after buffer 'v' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was destroyed here
}
