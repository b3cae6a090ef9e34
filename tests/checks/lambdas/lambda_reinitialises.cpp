// A lambda that re-initialises a captured variable gives it a fresh lifetime when it is called
// (bugprone-use-after-move's known false positive, avoided here).
// XFAIL: a lambda that re-assigns or re-opens a captured variable is not applied at the call
#include "tensorlife_test_api.h"

// Looks similar but is fine: the release is followed by a call that re-creates the tensor.
void refreshedByLambda() {
  api::Tensor t = api::ones(3);
  auto refresh = [&] { t = api::ones(3); };
  api::release(t);
  refresh();
  api::print(t);
}

// Looks similar but is fine: a lambda that re-opens the session.
void reopenedByLambda(api::Node n) {
  api::Session sess;
  auto reopen = [&] { sess = api::Session(); };
  sess.close();
  reopen();
  api::print(sess.run(n));
}

void refreshedOnlyOnOnePath(bool fresh) {
  api::Tensor t = api::ones(3);
  auto refresh = [&] { t = api::ones(3); };
  api::release(t);
  if (fresh)
    refresh();
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-5]]:3: note: 't' was released here
}

void refreshMadeButNotCalled() {
  api::Tensor t = api::ones(3);
  auto refresh = [&] { t = api::ones(3); };
  api::release(t);
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't' was released here
  refresh();
}
