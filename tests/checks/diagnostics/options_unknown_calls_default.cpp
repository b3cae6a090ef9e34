// OPTIONS: -config={CheckOptions: {tensorlife-use-after-close.UnknownCallsMayRelease: false, tensorlife-use-after-release.UnknownCallsMayRelease: false}}
// UnknownCallsMayRelease: false (the default): unknown functions are assumed not to close or
// release what they are given, whatever the parameter type. Precision first.
#include "tensorlife_test_api.h"

void consume(api::Tensor *t);
void shutdownSession(api::Session *s);
void finishHandle(api::Session *s);

// Looks similar but is fine (by assumption): the same calls as with the option on.
void unknownCallsAssumedHarmless(api::Node n) {
  api::Tensor t = api::ones(3);
  consume(&t);
  api::print(t);

  api::Session sess;
  api::Tensor out = sess.run(n);
  shutdownSession(&sess);
  api::print(out);

  api::Session *handle = api::open_session();
  finishHandle(handle);
  api::run_session(handle, n);
}

// Known ends are reported as usual.
void knownEndStillReported() {
  api::Tensor t = api::ones(3);
  consume(&t);
  api::release(t);
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't' was released here
}
