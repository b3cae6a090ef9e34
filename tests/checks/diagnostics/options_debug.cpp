// OPTIONS: -config={CheckOptions: {tensorlife-use-after-close.Debug: true, tensorlife-use-after-release.Debug: true}}
// With Debug, when the analysis is unsure and stays silent, a remark says where and why (the
// wording is free; it must name the reason). Warnings are unchanged; code the analysis follows
// fully gets no remark.
#include "tensorlife_test_api.h"

void consume(api::Tensor *t);

// Unknown call given a handle by non-const pointer: assumed harmless (the default), and said so.
void unknownCallAssumedHarmless() {
  api::Tensor t = api::ones(3);
  consume(&t);
  // CHECK-NOTES: :[[@LINE-1]]:3: remark: {{.*}}consume{{.*}} [tensorlife-use-after-{{close|release}}]
  api::print(t);
}

// A real bug is still a warning.
void stillAWarning() {
  api::Tensor t = api::ones(3);
  api::release(t);
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't' was released here
}

// Fully followed: no remark.
void fullyFollowed(api::Node n) {
  api::Session sess;
  api::print(sess.run(n));
  sess.close();
}
