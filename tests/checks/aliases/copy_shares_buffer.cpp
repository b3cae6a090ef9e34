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
