// A reference to a tracked tensor is the tensor: a read through it after the end is reported,
// named by the reference, with the note at the end of what it refers to.
#include "tensorlife_test_api.h"

void readThroughReference(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  api::Tensor &result = out;
  sess.close();
  api::print(result);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'result' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
}

void releasedThroughReference() {
  api::Tensor t = api::ones(3);
  api::Tensor &r = t;
  api::release(r);
  float x = t.at(0);
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: 't' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't' was released here
  (void)x;
}

void referenceToReference(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  api::Tensor &r1 = out;
  api::Tensor &r2 = r1;
  sess.close();
  api::print(r2);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'r2' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
}

// Looks similar but is fine: read through the reference before the close.
void readThroughReferenceFirst(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  const api::Tensor &result = out;
  api::print(result);
  sess.close();
}

// Looks similar but is fine: a reference bound to a temporary owns (extends) it: independent.
void referenceToTemporaryClone(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  const api::Tensor &copy = out.clone();
  sess.close();
  api::print(copy);
}
