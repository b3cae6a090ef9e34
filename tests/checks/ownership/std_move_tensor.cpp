// std::move of a tensor hands the same buffer (and what it borrows from) to the new variable: the
// moved-to tensor carries the old value's dependencies; the moved-from one carries none.
#include "tensorlife_test_api.h"

#include <utility>

void movedOutputReadAfterClose(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  api::Tensor moved = std::move(out);
  sess.close();
  api::print(moved);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'moved' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
}

void moveAssignedThenReleased() {
  api::Tensor a = api::ones(3);
  api::Tensor b;
  b = std::move(a);
  api::release(b);
  api::print(b);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'b' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'b' was released here
}

// Looks similar but is fine: the moved-from variable gets a new tensor and only that is released.
void movedFromReusedAndReleased() {
  api::Tensor a = api::ones(3);
  api::Tensor b = std::move(a);
  a = api::ones(3);
  api::release(a);
  api::print(b);
}

// Looks similar but is fine: the moved-to tensor is an owning clone.
void movedCloneOutlivesSession(api::Node n) {
  api::Session sess;
  api::Tensor owned = std::move(sess.run(n).clone());
  sess.close();
  api::print(owned);
}
