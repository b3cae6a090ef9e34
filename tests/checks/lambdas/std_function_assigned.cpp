// A std::function given its lambda after its declaration (`fn = [t] { ... };`) runs that lambda
// where it is invoked, like one initialised with it; one given several functions is not followed.
#include "tensorlife_test_api.h"

#include <functional>

void assignedByValueCapture() {
  api::Tensor t = api::ones(3);
  std::function<void()> fn;
  fn = [t] { api::print(t); };
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: 't' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE+2]]:3: note: 't' was released here
  // CHECK-NOTES: :[[@LINE+2]]:3: note: the lambda is called here
  api::release(t);
  fn();
}

void assignedThenSessionClosed(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  std::function<float()> first;
  first = [&out] { return out.at(0); };
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE+2]]:3: note: session 'sess' was closed here
  // CHECK-NOTES: :[[@LINE+2]]:13: note: the lambda is called here
  sess.close();
  float x = first();
  (void)x;
}

// Looks similar but is fine: invoked before the release.
void assignedAndInvokedBeforeRelease() {
  api::Tensor t = api::ones(3);
  std::function<void()> fn;
  fn = [t] { api::print(t); };
  fn();
  api::release(t);
}

// Looks similar but is fine: replaced by a no-op before the late invocation.
void reassignedToNoOp() {
  api::Tensor t = api::ones(3);
  std::function<void()> fn;
  fn = [t] { api::print(t); };
  fn();
  fn = [] {};
  api::release(t);
  fn();
}

// Looks similar but is fine: the assigned lambda reads a copy taken before the release.
void assignedLambdaReadsCopy() {
  api::Tensor t = api::ones(3);
  std::vector<float> values = t.to_vector();
  std::function<float()> fn;
  fn = [&values] { return values[0]; };
  api::release(t);
  float x = fn();
  (void)x;
}
