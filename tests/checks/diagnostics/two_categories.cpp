// A use reached by a close and by a release is one warning in each check: each check reports its
// own cause, with its own notes.
#include "tensorlife_test_api.h"

void closeAndRelease(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  api::Tensor local = api::ones(3);
  api::Tensor both = out + local;
  api::release(local);
  sess.close();
  api::print(both);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'both' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
  // CHECK-NOTES: :[[@LINE-3]]:14: warning: 'both' is read after its input 'local' was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-6]]:3: note: 'local' was released here
}
