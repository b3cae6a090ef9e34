// One warning per bad use and root cause, never more: each bad read is one warning (however many
// paths reach it, and even when a loop reaches it many times), an end reached along several paths
// is one note, and a use with several causes is one warning listing them.
#include "tensorlife_test_api.h"

void readTwiceAfterOneClose(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  sess.close();
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-6]]:3: note: session 'sess' was closed here
  float x = out.at(0);
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-9]]:3: note: session 'sess' was closed here
  (void)x;
}

void oneEndManyPaths(int mode) {
  api::Tensor t = api::ones(3);
  api::release(t);
  if (mode == 0)
    mode = 1;
  else if (mode == 2)
    mode = 3;
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-7]]:3: note: 't' was released here
}

void twoVariablesOneEnd(api::Node n) {
  api::Session sess;
  api::Tensor a = sess.run(n);
  api::Tensor b = sess.run(n);
  sess.close();
  api::print(a);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'a' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
  api::print(b);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'b' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-6]]:3: note: session 'sess' was closed here
}

void sameVariableTwoEnds(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  sess.close();
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
  sess = api::Session();
  out = sess.run(n);
  sess.close();
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
}

// One read in a loop is one bad use, however many iterations reach it.
void oneReadInALoop(int steps) {
  api::Tensor t = api::ones(3);
  api::release(t);
  for (int i = 0; i < steps; ++i)
    api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:16: warning: 't' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 't' was released here
}

// Several causes of one bad use: one warning that names them all, a note for each.
void oneUseTwoCauses() {
  api::Tensor a = api::ones(3), b = api::ones(3);
  api::Tensor c = a + b;
  api::release(a);
  api::release(b);
  api::print(c);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'c' is read after its inputs 'a' and 'b' were released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'a' was released here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'b' was released here
}
