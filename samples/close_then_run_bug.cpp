// Graph mode: the "sess.close(); sess.run(c)" bug. The output of Session::run lives in memory
// the session owns, so closing the session frees it; printing it afterwards, or running the
// session again, uses a closed session.
//
// Fix: use (or copy out with to_vector()) the outputs before sess.close(), and run everything
// you need before closing -- see close_then_run_fixed.cpp.
// RUNTIME: use-after-close
#include "tlrt/tlrt.h"

int main() {
  tlrt::Graph g;
  tlrt::Node x = g.constant({1, 2, 3});
  tlrt::Node w = g.constant({0.5f, 0.5f, 0.5f});
  tlrt::Node b = g.constant({1, 1, 1});
  tlrt::Node y = g.add(g.mul(x, w), b);

  tlrt::Session sess(g);
  tlrt::Tensor out = sess.run(y);
  sess.close(); // "done with the session" -- but `out` still lives in it

  tlrt::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: session 'sess' was closed here

  tlrt::Tensor again = sess.run(y);
  // CHECK-NOTES: :[[@LINE-1]]:24: warning: session 'sess' is run after it was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-8]]:3: note: session 'sess' was closed here
  // CHECK-NOTES: :[[@LINE-9]]:3: note: move the close after the last use, line [[#@LINE+1]]
  tlrt::print(again);
  return 0;
}
