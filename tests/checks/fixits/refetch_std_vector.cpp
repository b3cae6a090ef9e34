// Fix-it: a data pointer used after the call that reallocated its vector is fetched again right
// after that call, with its own initialiser (side-effect free, reading only what is still there).
// FIXED: clean
#include <vector>

float afterPushBack() {
  std::vector<float> v(4, 1.0f);
  float *p = v.data();
  v.push_back(2.0f);
  // CHECK-FIXES: {{^}}  v.push_back(2.0f);{{$}}
  // CHECK-FIXES-NEXT: {{^}}  p = v.data();{{$}}
  return p[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'p' is read after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-5]]:3: note: buffer 'v' was reallocated here
}

float pointerToConst(const std::vector<float> &more) {
  std::vector<float> v(8, 1.0f);
  const float *first = v.data();
  v.insert(v.end(), more.begin(), more.end());
  // CHECK-FIXES: {{^}}  v.insert(v.end(), more.begin(), more.end());{{$}}
  // CHECK-FIXES-NEXT: {{^}}  first = v.data();{{$}}
  return *first;
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: 'first' is read after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-5]]:3: note: buffer 'v' was reallocated here
}

float inABranch(bool grow) {
  std::vector<float> v(4, 1.0f);
  float *p = v.data();
  if (grow)
    v.resize(100);
  // CHECK-FIXES: {{^}}    v.resize(100);{{$}}
  // CHECK-FIXES-NEXT: {{^}}  p = v.data();{{$}}
  return p[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'p' is read after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-5]]:5: note: buffer 'v' was reallocated here
  // CHECK-NOTES: :[[@LINE-7]]:7: note: assuming this condition is true
}
