// Deferred work: a std::function stored in a local and invoked later in the same function runs
// the lambda it holds at the invocation.
// XFAIL: a lambda that closes a captured session, called through a std::function, does not end it at the call
#include "tensorlife_test_api.h"

#include <functional>

void deferredReadAfterClose(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  std::function<void()> report = [&] { api::print(out); };
  // CHECK-NOTES: :[[@LINE-1]]:51: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE+2]]:3: note: session 'sess' was closed here
  // CHECK-NOTES: :[[@LINE+2]]:3: note: the lambda is called here
  sess.close();
  report();
}

void deferredReadAssignedLater(api::Node n) {
  api::Tensor t = api::ones(3);
  std::function<float()> first;
  first = [&t] { return t.at(0); };
  // CHECK-NOTES: :[[@LINE-1]]:25: warning: 't' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE+2]]:3: note: 't' was released here
  // CHECK-NOTES: :[[@LINE+2]]:13: note: the lambda is called here
  api::release(t);
  float x = first();
  (void)x;
  (void)n;
}

void deferredCleanupRunsFirst(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  std::function<void()> cleanup = [&] { sess.close(); };
  cleanup();
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-4]]:41: note: session 'sess' was closed here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: the lambda is called here
}

// Looks similar but is fine: invoked before the close.
void invokedBeforeClose(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  std::function<void()> report = [&] { api::print(out); };
  report();
  sess.close();
}

// Looks similar but is fine: the function is replaced by a no-op before the late invocation.
void replacedBeforeInvocation(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  std::function<void()> report = [&] { api::print(out); };
  report();
  report = [] {};
  sess.close();
  report();
}

// Looks similar but is fine: the stored work copies the values out, and only those are used.
void deferredWorkOnCopiedValues(api::Node n) {
  api::Session sess;
  std::vector<float> values = sess.run(n).to_vector();
  std::function<float()> first = [&values] { return values[0]; };
  sess.close();
  float x = first();
  (void)x;
}
