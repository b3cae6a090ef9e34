// A lambda that takes the tensor as a parameter is a helper: the read happens at the call, so the
// warning is at the argument of the call that passes the dead tensor.
// XFAIL: lambdas with parameters are not summarised like helper functions
#include "tensorlife_test_api.h"

void argumentReadByLambda(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  auto show = [](const api::Tensor &t) { api::print(t); };
  show(out);
  sess.close();
  show(out);
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
}

void lambdaReleasesItsParameter() {
  api::Tensor t = api::ones(3);
  auto drop = [](api::Tensor &x) { api::release(x); };
  drop(t);
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't' was released here
}

// Looks similar but is fine: the lambda only looks at the size, which is not a read.
std::size_t sizeAfterClose(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  auto count = [](const api::Tensor &t) { return t.size(); };
  sess.close();
  return count(out);
}

// Looks similar but is fine: an immediately invoked lambda reads before the close.
void immediatelyInvoked(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  [&] { api::print(out); }();
  sess.close();
}
