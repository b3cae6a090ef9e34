// Re-initialisation gives a variable a fresh lifetime: re-opening a session, re-assigning a tensor.
#include "tensorlife_test_api.h"

// Looks similar but is fine: a new session is assigned before the next run.
void reopenedSession(api::Node n) {
  api::Session sess;
  api::print(sess.run(n));
  sess.close();
  sess = api::Session();
  api::Tensor out = sess.run(n);
  api::print(out);
}

// Looks similar but is fine: the tensor variable is re-assigned after its release.
void reassignedTensor() {
  api::Tensor t = api::ones(3);
  api::release(t);
  t = api::ones(4);
  api::print(t);
}

// Re-assigning the session does not revive what the old one handed out.
void outputOfTheReplacedSession(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  sess = api::Session();
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' was replaced [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was replaced here
}

void reassignedOnlyOnOnePath(bool fresh) {
  api::Tensor t = api::ones(3);
  api::release(t);
  if (fresh)
    t = api::ones(4);
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-5]]:3: note: 't' was released here
}
