// A std::unique_ptr<Session> is tracked like the session: reset(), assigning over it and its
// destruction at the end of its block destroy the session, which closes it.
#include "tensorlife_test_api.h"

#include <memory>

void outputReadAfterReset(api::Node n) {
  std::unique_ptr<api::Session> sess = std::make_unique<api::Session>();
  api::Tensor out = sess->run(n);
  sess.reset();
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was destroyed here
}

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

void outputOfReplacedSession(api::Node n) {
  auto sess = std::make_unique<api::Session>();
  api::Tensor out = sess->run(n);
  sess = std::make_unique<api::Session>();
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' was replaced [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was replaced here
}

void closedThroughThePointer(api::Node n) {
  auto sess = std::make_unique<api::Session>();
  sess->close();
  sess->run(n);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: session 'sess' is run after it was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: move the close after the last use, line [[#@LINE-3]]
}

// Looks similar but is fine: the output is read before the reset.
void readBeforeReset(api::Node n) {
  auto sess = std::make_unique<api::Session>();
  api::Tensor out = sess->run(n);
  api::print(out);
  sess.reset();
}

// Looks similar but is fine: a fresh session after the reset, and a fresh output from it.
void freshSessionAfterReset(api::Node n) {
  auto sess = std::make_unique<api::Session>();
  api::print(sess->run(n));
  sess.reset(new api::Session());
  api::Tensor out = sess->run(n);
  api::print(out);
}

// Looks similar but is fine: release() gives up ownership without destroying the session.
void releasedOwnership(api::Node n) {
  auto sess = std::make_unique<api::Session>();
  api::Tensor out = sess->run(n);
  api::Session *raw = sess.release();
  api::print(out);
  api::destroy_session(raw);
}
