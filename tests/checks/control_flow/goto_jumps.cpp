// `goto` is followed like any other edge: a jump back over a release reaches earlier uses; a jump
// forward over it does not.
#include "tensorlife_test_api.h"

void jumpBackAfterRelease(int tries) {
  api::Tensor t = api::ones(3);
retry:
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE+1]]:3: note: 't' was released here
  api::release(t);
  if (--tries > 0)
    goto retry;
}

void cleanupLabelThenUse(bool bad, api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  if (bad)
    goto cleanup;
  api::print(out);
cleanup:
  sess.close();
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
}

// Looks similar but is fine: the jump skips the release.
void jumpOverRelease(bool keep) {
  api::Tensor t = api::ones(3);
  if (keep)
    goto use;
  api::release(t);
  return;
use:
  api::print(t);
}

// Looks similar but is fine: the jump back re-creates the tensor first.
void jumpBackToFreshTensor(int tries) {
again:
  api::Tensor t = api::ones(3);
  api::print(t);
  api::release(t);
  if (--tries > 0)
    goto again;
}
