// Copying values out (to_vector(), at()) is a read: what was copied outlives the session and the
// buffer. Copying out after the end is a read after the end.
#include "tensorlife_test_api.h"

#include <vector>

// Looks similar but is fine: the values are copied out before the close.
std::vector<float> copyOutBeforeClose(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  std::vector<float> values = out.to_vector();
  sess.close();
  return values;
}

// Looks similar but is fine: one element is copied before the release.
float elementBeforeRelease() {
  api::Tensor t = api::ones(3);
  float first = t.at(0);
  api::release(t);
  return first;
}

std::vector<float> copyOutAfterClose(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  sess.close();
  return out.to_vector();
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
}

// Copying out materialises a lazy result: releasing its inputs afterwards is fine.
std::vector<float> materialisedThenInputsReleased() {
  api::Tensor a = api::ones(3), b = api::ones(3);
  api::Tensor c = a + b;
  std::vector<float> values = c.to_vector();
  api::release(a);
  api::release(b);
  api::print(c);
  return values;
}
