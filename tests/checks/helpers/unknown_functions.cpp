// Functions without a body in this translation unit and without annotations are unknown. By
// default (UnknownCallsMayRelease: false) they are assumed not to close or release what they are
// given, and not to read it: passing a tracked object to them is silent.
#include "tensorlife_test_api.h"

void logTensor(const api::Tensor &t);
void consume(api::Tensor *t);
void tweak(api::Session &s);

// Looks similar but is fine: unknown calls, by const reference, pointer and reference.
void unknownCallsAreNotEnds(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  logTensor(out);
  consume(&out);
  tweak(sess);
  api::print(out);
  api::print(sess.run(n));
}

// An unknown call does not hide a known end that comes before it.
void knownEndBeforeUnknownCall(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  sess.close();
  tweak(sess);
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: session 'sess' was closed here
}
