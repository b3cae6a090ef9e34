// Pointer handles deleted and then set to null: a null check afterwards guards the use, so it is
// fine; a use that is not guarded, or a check on a pointer that was not nulled, is not.
#include "tensorlife_test_api.h"

#include <memory>

// Looks similar but is fine: deleted, nulled, and only used when non-null.
void deletedNulledAndChecked(api::Node n) {
  api::Session *sess = api::open_session();
  api::print(sess->run(n));
  api::destroy_session(sess);
  sess = nullptr;
  if (sess)
    api::print(sess->run(n));
}

// Looks similar but is fine: `delete` and null, then an early return when null.
void deletedNulledEarlyReturn(api::Node n) {
  api::Session *sess = new api::Session();
  delete sess;
  sess = nullptr;
  if (sess == nullptr)
    return;
  sess->run(n);
}

// Looks similar but is fine: a reset smart pointer is null; the check guards the run.
void resetAndChecked(api::Node n) {
  auto sess = std::make_unique<api::Session>();
  sess.reset();
  if (sess != nullptr)
    api::print(sess->run(n));
}

void deletedButNotNulled(api::Node n) {
  api::Session *sess = api::open_session();
  api::destroy_session(sess);
  if (sess)
    api::print(sess->run(n));
  // CHECK-NOTES: :[[@LINE-1]]:16: warning: session 'sess' is run after it was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: session 'sess' was destroyed here
}

void closedThenDeleted(api::Node n) {
  api::Session *sess = api::open_session();
  api::close_session(sess);
  api::Tensor out = api::run_session(sess, n);
  // CHECK-NOTES: :[[@LINE-1]]:38: warning: session 'sess' is run after it was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: move the close after the last use, line [[#@LINE-3]]
  api::destroy_session(sess);
}

// Looks similar but is fine: close then delete is the correct order for a pointer handle.
void closeThenDeleteIdiom(api::Node n) {
  api::Session *sess = api::open_session();
  api::print(api::run_session(sess, n));
  api::close_session(sess);
  api::destroy_session(sess);
}
