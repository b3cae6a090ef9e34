// Moving a session moves the ownership of what it handed out: closing the moved-to session ends
// them; the moved-from session is empty, and its destruction or assignment ends nothing.
#include "tensorlife_test_api.h"

#include <utility>

void outputOfMovedToSessionAfterClose(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  api::Session owner = std::move(sess);
  owner.close();
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'owner' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'owner' was closed here
}

// Looks similar but is fine: the moved-from session goes out of scope, the owner lives on.
void movedFromSessionLeavesItsBlock(api::Node n) {
  api::Session keeper;
  api::Tensor out;
  {
    api::Session sess;
    out = sess.run(n);
    keeper = std::move(sess);
  }
  api::print(out);
}

// Looks similar but is fine: the moved-from session gets a new session; the old outputs live on
// in the owner.
void movedFromSessionReassigned(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  api::Session owner = std::move(sess);
  sess = api::Session();
  api::print(out);
  api::print(sess.run(n));
}

// A moved-from session is closed: running it is a use after close.
void runMovedFromSession(api::Node n) {
  api::Session sess;
  api::Session owner = std::move(sess);
  api::print(sess.run(n));
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: session 'sess' is run after it was moved from [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:24: note: session 'sess' was moved from here
  api::print(owner.run(n));
}

void consume(api::Session s);

void runAfterMoveAssignAndMoveIntoCall(api::Node n) {
  api::Session a, b, c;
  b = std::move(a);
  a.run(n);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: session 'a' is run after it was moved from [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:7: note: session 'a' was moved from here
  consume(std::move(c));
  c.run(n);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: session 'c' is run after it was moved from [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:11: note: session 'c' was moved from here
  b.run(n);
}

// Looks similar but is fine: a moved-from session given a new one runs.
void movedFromThenReopened(api::Node n) {
  api::Session sess;
  api::Session owner = std::move(sess);
  sess = api::Session();
  sess.run(n);
}
