// Tensors and sessions returned by value from a function: the caller owns what comes back, and
// the usual rules apply to it in the caller.
#include "tensorlife_test_api.h"

api::Session makeSession() {
  api::Session s;
  return s;
}

api::Tensor makeOnes() {
  api::Tensor t = api::ones(3);
  return t;
}

void returnedSessionClosedThenRead(api::Node n) {
  api::Session sess = makeSession();
  api::Tensor out = sess.run(n);
  sess.close();
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
}

void returnedTensorReleasedThenRead() {
  api::Tensor t = makeOnes();
  api::release(t);
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't' was released here
}

// Looks similar but is fine: returning a local session does not close it (it is moved out).
api::Session makeAndRun(api::Node n) {
  api::Session s;
  api::print(s.run(n));
  return s;
}

// Looks similar but is fine: the returned value is read, and only then released.
float readThenRelease() {
  api::Tensor t = makeOnes();
  float x = t.at(0);
  api::release(t);
  return x;
}

// Looks similar but is fine: a copied-out result is returned after the close.
std::vector<float> copyOutAndClose(api::Node n) {
  api::Session sess = makeSession();
  std::vector<float> values = sess.run(n).to_vector();
  sess.close();
  return values;
}
