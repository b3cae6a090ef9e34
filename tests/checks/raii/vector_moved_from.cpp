// Moving a std::vector out transfers the same storage to the new vector: views over it stay
// valid while the new owner lives, and die with it. Move-assigning over a vector frees the
// storage it had.
#include "tensorlife_test_api.h"

#include <utility>
#include <vector>

// Looks similar but is fine: `w` now owns the storage the view reads, and outlives the read.
void movedOutToALongerLivedVector() {
  std::vector<float> v(4, 1.0f);
  api::Tensor t = api::from_data(v.data(), v.size());
  std::vector<float> w = std::move(v);
  api::print(t);
  (void)w;
}

void movedOutToAVectorThatDies() {
  api::Tensor t;
  std::vector<float> v(4, 1.0f);
  t = api::from_data(v.data(), v.size());
  {
    std::vector<float> w = std::move(v);
  }
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after buffer 'w' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'w' was destroyed here
}

void moveAssignedOver() {
  std::vector<float> v(4, 1.0f);
  std::vector<float> other(8, 2.0f);
  api::Tensor t = api::from_data(v.data(), v.size());
  v = std::move(other);
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after buffer 'v' was replaced [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was replaced here
}

void reassignedFromATemporary(std::vector<float> (*load)()) {
  std::vector<float> v = load();
  const float *p = v.data();
  v = load();
  float x = p[0];
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: 'p' is read after buffer 'v' was replaced [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was replaced here
  (void)x;
}

// Looks similar but is fine: the moved-from vector goes out of scope; the storage is in `w`.
void movedFromVectorDies() {
  std::vector<float> w;
  api::Tensor t;
  {
    std::vector<float> v(4, 1.0f);
    t = api::from_data(v.data(), v.size());
    w = std::move(v);
  }
  api::print(t);
}
