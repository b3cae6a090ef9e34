// Copies of a tensor share its buffer: releasing any copy releases the buffer of all.
#include "tensorlife_test_api.h"

void copyReadAfterOriginalReleased() {
  api::Tensor a = api::ones(3);
  api::Tensor b = a;
  api::release(a);
  api::print(b);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'b' is read after 'a', which shares its buffer, was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'a' was released here
}

void originalReadAfterCopyReleased() {
  api::Tensor a = api::ones(3);
  api::Tensor b;
  b = a;
  b.release();
  api::print(a);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'a' is read after 'b', which shares its buffer, was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'b' was released here
}

// Looks similar but is fine: a clone has a buffer of its own.
void cloneReadAfterOriginalReleased() {
  api::Tensor a = api::ones(3);
  api::Tensor b = a.clone();
  api::release(a);
  api::print(b);
}

// Looks similar but is fine: the copy was re-assigned a tensor of its own before the release.
void copyReassignedBeforeRelease() {
  api::Tensor a = api::ones(3);
  api::Tensor b = a;
  b = api::zeros(3);
  api::release(a);
  api::print(b);
}

// A copy of a copy shares the one buffer even once the copy in the middle is reassigned.
void copyOfACopy() {
  api::Tensor t2 = api::ones(3);
  api::Tensor c3 = t2;
  api::Tensor t1 = c3;
  c3 = api::ones(3);
  api::release(t1);
  api::print(t2);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't2' is read after 't1', which shares its buffer, was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't1' was released here
  api::print(c3);
}
