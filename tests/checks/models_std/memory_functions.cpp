// Built-in model std: memcpy/memmove/memset and std::copy/copy_n/fill/fill_n/transform read their
// source and write their destination through raw pointers; std::array is a buffer whose data()
// dies with it; a write through a dangling pointer is worded "written".
#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

void memcpyIntoReallocated(const float *src) {
  std::vector<float> v(4, 1.0f);
  float *dst = v.data();
  v.push_back(2.0f);
  std::memcpy(dst, src, 4 * sizeof(float));
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: 'dst' is written after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was reallocated here
}

void memmoveFromReallocated(float *out) {
  std::vector<float> v(4, 1.0f);
  const float *src = v.data();
  v.resize(64);
  memmove(out, src, 4 * sizeof(float));
  // CHECK-NOTES: :[[@LINE-1]]:16: warning: 'src' is read after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was reallocated here
}

void memsetAfterScope() {
  float *p = nullptr;
  {
    std::vector<float> v(4, 1.0f);
    p = v.data();
  }
  std::memset(p, 0, 4 * sizeof(float));
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: 'p' is written after buffer 'v' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was destroyed here
}

void copyFromReallocated(float *out) {
  std::vector<float> v(4, 1.0f);
  float *first = v.data();
  v.reserve(100);
  std::copy_n(first, 4, out);
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: 'first' is read after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was reallocated here
}

void fillReallocated() {
  std::vector<float> v(4, 1.0f);
  float *p = v.data();
  v.push_back(0.0f);
  std::fill_n(p, 4, 0.0f);
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: 'p' is written after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was reallocated here
}

void transformIntoReallocated(const float *in) {
  std::vector<float> v(4, 1.0f);
  float *out = v.data();
  v.shrink_to_fit();
  std::transform(in, in + 4, out, [](float x) { return 2 * x; });
  // CHECK-NOTES: :[[@LINE-1]]:30: warning: 'out' is written after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was reallocated here
}

void writeThroughDangling() {
  std::vector<float> v(4, 1.0f);
  float *p = v.data();
  v.push_back(2.0f);
  p[0] = 3.0f;
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: 'p' is written after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was reallocated here
}

float arrayDataAfterScope() {
  float *p = nullptr;
  {
    std::array<float, 4> a{};
    p = a.data();
  }
  return p[1];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'p' is read after buffer 'a' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'a' was destroyed here
}

// Looks similar but is fine: the pointers are taken after the reallocation.
void copyAfterRefetch(const float *src, float *out) {
  std::vector<float> v(4, 1.0f);
  v.push_back(2.0f);
  float *dst = v.data();
  std::memcpy(dst, src, 4 * sizeof(float));
  std::copy(dst, dst + 4, out);
  std::fill(dst, dst + 4, 0.0f);
  std::memset(dst, 0, sizeof(float));
}

// Looks similar but is fine: the array is still alive when written and read.
float arrayInScope() {
  std::array<float, 4> a{};
  float *p = a.data();
  std::fill_n(p, 4, 1.0f);
  p[0] = 2.0f;
  return p[1];
}
