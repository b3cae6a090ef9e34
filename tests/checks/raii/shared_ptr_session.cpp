// std::shared_ptr<Session>: the session ends when the last owner lets go. Resetting one copy
// while another still owns it ends nothing.
// XFAIL: only a shared_ptr adopting a pointer with a deleter that ends it has its owners counted (tests/checks/ownership/shared_ptr_with_deleter.cpp); one from std::make_shared is not, nor are its copies aliases of it
#include "tensorlife_test_api.h"

#include <memory>

void onlyOwnerReset(api::Node n) {
  std::shared_ptr<api::Session> sess = std::make_shared<api::Session>();
  api::Tensor out = sess->run(n);
  sess.reset();
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was destroyed here
}

void closedThroughASharedCopy(api::Node n) {
  auto sess = std::make_shared<api::Session>();
  std::shared_ptr<api::Session> other = sess;
  api::Tensor out = sess->run(n);
  other->close();
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'other' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'other' was closed here
}

// Looks similar but is fine: another copy still owns the session.
void copyStillOwns(api::Node n) {
  auto sess = std::make_shared<api::Session>();
  std::shared_ptr<api::Session> keeper = sess;
  api::Tensor out = sess->run(n);
  sess.reset();
  api::print(out);
  api::print(keeper->run(n));
}

// Looks similar but is fine: the copy that escapes the block keeps the session alive.
void copyEscapesTheBlock(api::Node n) {
  std::shared_ptr<api::Session> keeper;
  api::Tensor out;
  {
    auto sess = std::make_shared<api::Session>();
    keeper = sess;
    out = sess->run(n);
  }
  api::print(out);
}
