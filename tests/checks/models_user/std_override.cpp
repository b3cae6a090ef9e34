// OPTIONS: -config={CheckOptions: {ModelFiles: 'inputs/std_override.json'}}
// A user model replaces a built-in std rule: with std::unique_ptr::reset redefined as read(this),
// reset() no longer destroys the session (raii/unique_ptr_session.cpp, without the model, flags
// the same code), and it reads it instead.
#include "tensorlife_test_api.h"

#include <memory>

// Looks similar but is fine here: by the user's model, reset() leaves the session alive.
void outputReadAfterReset(api::Node n) {
  std::unique_ptr<api::Session> sess = std::make_unique<api::Session>();
  api::Tensor out = sess->run(n);
  sess.reset();
  api::print(out);
  sess->run(n);
}

// The user's fact applies: reset() reads the session, here after it was closed.
void resetAfterClose(api::Node n) {
  auto sess = std::make_unique<api::Session>();
  sess->close();
  sess.reset();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: session 'sess' is read after it was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: move the close after the last use, line [[#@LINE-3]]
}

// Without a model entry for it, the built-in rules still apply: the end of the block destroys it.
void outputEscapesTheBlock(api::Node n) {
  api::Tensor out;
  {
    auto sess = std::make_unique<api::Session>();
    out = sess->run(n);
  }
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was destroyed here
}
