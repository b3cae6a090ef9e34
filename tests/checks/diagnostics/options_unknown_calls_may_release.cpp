// OPTIONS: -config={CheckOptions: {tensorlife-use-after-close.UnknownCallsMayRelease: true, tensorlife-use-after-release.UnknownCallsMayRelease: true}}
// With UnknownCallsMayRelease, an unknown function (no body here, no annotations) that is given a
// tracked handle by non-const pointer may have released it: later uses are reported (as
// use-after-release, whatever the handle), with the note at that call. By value and by const
// pointer or reference stay assumed harmless.
#include "tensorlife_test_api.h"

void consume(api::Tensor *t);
void shutdownSession(api::Session *s);
void finishHandle(api::Session *s);
void inspect(const api::Tensor *t);
void inspectRef(const api::Tensor &t);
void show(api::Tensor t);

void tensorByNonConstPointer() {
  api::Tensor t = api::ones(3);
  consume(&t);
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after it may have been released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't' may have been released here
}

void sessionByNonConstPointer(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  shutdownSession(&sess);
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' may have been released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' may have been released here
}

void pointerHandlePassedOn(api::Node n) {
  api::Session *sess = api::open_session();
  finishHandle(sess);
  api::run_session(sess, n);
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: session 'sess' is run after it may have been released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' may have been released here
}

// Looks similar but is fine: const pointer, const reference and by-value calls.
void harmlessUnknownCalls() {
  api::Tensor t = api::ones(3);
  inspect(&t);
  inspectRef(t);
  show(t);
  api::print(t);
}

// Looks similar but is fine: the read comes before the unknown call.
void readBeforeTheUnknownCall() {
  api::Tensor t = api::ones(3);
  api::print(t);
  consume(&t);
}
