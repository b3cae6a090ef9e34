// Macros: an end written inside a macro is noted at the macro's use in the source; a use passed
// as a macro argument is reported where the argument is written. Nothing here may crash.
#include "tensorlife_test_api.h"

#define CLOSE(s) (s).close()
#define SHOW(t) api::print(t)
#define WITH_SESSION(name) if (api::Session name; true)

void closedInAMacro(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  CLOSE(sess);
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
}

void readInAMacro() {
  api::Tensor t = api::ones(3);
  api::release(t);
  SHOW(t);
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: 't' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't' was released here
}

// Looks similar but is fine: a scoped-session macro that reads inside its body.
void scopedSessionMacro(api::Node n) {
  WITH_SESSION(s) {
    api::print(s.run(n));
  }
}

// Looks similar but is fine: the macro expands to nothing.
#define NOTHING(x)
void macroThatExpandsToNothing() {
  api::Tensor t = api::ones(3);
  NOTHING(api::release(t));
  SHOW(t);
}
