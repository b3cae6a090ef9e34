// No fix-it: a lambda captures the pointer by reference and may move it. The warning stays.
#include <vector>

float capturedByReference() {
  std::vector<float> v(4, 1.0f);
  float *p = v.data();
  auto skip = [&p] { ++p; };
  skip();
  v.push_back(2.0f);
  return *p;
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: 'p' is read after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was reallocated here
}
