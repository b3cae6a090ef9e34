// No fix-it: on one path the memory is not moved but freed (the vector is destroyed): fetching
// again after the reallocation would not make the read sound. The warning stays.
#include <memory>
#include <vector>

float freedOnAPath(bool done) {
  auto v = std::make_unique<std::vector<float>>(4, 1.0f);
  float *p = v->data();
  v->push_back(2.0f);
  if (done)
    v.reset();
  return *p;
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: 'p' is read after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-5]]:3: note: buffer 'v' was reallocated here
  // CHECK-NOTES: :[[@LINE-4]]:5: note: buffer 'v' was destroyed here
  // CHECK-NOTES: :[[@LINE-6]]:7: note: assuming this condition is true
}
