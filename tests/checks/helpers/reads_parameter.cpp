// A helper that reads or runs its parameter is a use at each call: the warning is at the
// argument of the call that passes the dead object.
#include "tensorlife_test_api.h"

float firstValue(const api::Tensor &t) { return t.at(0); }
void runAndPrint(api::Session &s, api::Node n) { api::print(s.run(n)); }
// Only looks at the size: not a read.
std::size_t count(const api::Tensor &t) { return t.size(); }

void helperReadsAfterClose(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  sess.close();
  float x = firstValue(out);
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
  (void)x;
}

void helperRunsAfterClose(api::Node n) {
  api::Session sess;
  sess.close();
  runAndPrint(sess, n);
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: session 'sess' is run after it was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: move the close after the last use, line [[#@LINE-3]]
}

// Looks similar but is fine: the helper does not read the tensor's values.
std::size_t sizeAfterRelease() {
  api::Tensor t = api::ones(3);
  api::release(t);
  return count(t);
}

// Looks similar but is fine: the helper reads before the release.
float readThenRelease() {
  api::Tensor t = api::ones(3);
  float x = firstValue(t);
  api::release(t);
  return x;
}
