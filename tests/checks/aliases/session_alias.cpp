// Aliases of a session: running it through a reference or pointer after it was closed (under
// any name) is reported, naming the alias that is run and the session that was closed.
#include "tensorlife_test_api.h"

void runThroughPointerAfterClose(api::Node n) {
  api::Session sess;
  api::Session *sp = &sess;
  sess.close();
  api::Tensor out = sp->run(n);
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: session 'sp' is run after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
  api::print(out);
}

void closedThroughReference(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  api::Session &same = sess;
  same.close();
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
}

// Looks similar but is fine: the alias runs the session before it is closed.
void runThroughAliasFirst(api::Node n) {
  api::Session sess;
  api::Session &same = sess;
  api::print(same.run(n));
  sess.close();
}

// Looks similar but is fine: two different sessions; only the other one is closed.
void otherSessionClosed(api::Node n) {
  api::Session first;
  api::Session second;
  api::Session *current = &first;
  second.close();
  api::print(current->run(n));
}
