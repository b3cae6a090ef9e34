// A function in the same translation unit that closes or releases its parameter is summarised
// once, and the summary is applied at each call: the note is at the call.
#include "tensorlife_test_api.h"

void shutdown(api::Session &s) { s.close(); }
void drop(api::Tensor &t) { api::release(t); }
void dropThroughPointer(api::Tensor *t) { t->release(); }
void finish(api::Session *s) {
  api::close_session(s);
  api::destroy_session(s);
}

void outputAfterHelperClosed(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  shutdown(sess);
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
}

void tensorAfterHelperReleased() {
  api::Tensor t = api::ones(3);
  drop(t);
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't' was released here
}

void tensorAfterPointerHelperReleased() {
  api::Tensor t = api::ones(3);
  dropThroughPointer(&t);
  float x = t.at(0);
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: 't' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't' was released here
  (void)x;
}

void runAfterHelperDestroyed(api::Node n) {
  api::Session *sess = api::open_session();
  finish(sess);
  api::run_session(sess, n);
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: session 'sess' is run after it was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
}

// Looks similar but is fine: the helper closes its parameter; a different session is passed.
void helperClosesTheOtherSession(api::Node n) {
  api::Session a, b;
  api::Tensor out = a.run(n);
  shutdown(b);
  api::print(out);
}

// Looks similar but is fine: the read happens before the helper closes.
void readBeforeHelper(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  api::print(out);
  shutdown(sess);
}
