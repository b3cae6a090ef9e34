// The borrowed session output reached through aliases: a reference and a pointer to `out` are
// handed around, the session is closed, and the output is read through the aliases. They refer
// to the same borrowed tensor, so the read is a use after close all the same.
//
// Fix: read through the aliases before sess.close(), or copy the values out with to_vector()
// while the session is open -- see alias_fixed.cpp.
// RUNTIME: use-after-close
#include "tlrt/tlrt.h"

#include <iostream>

int main() {
  tlrt::Graph g;
  tlrt::Node a = g.constant({1, 2, 3});
  tlrt::Node b = g.constant({10, 20, 30});
  tlrt::Node sum = g.add(a, b);

  tlrt::Session sess(g);
  tlrt::Tensor out = sess.run(sum);
  tlrt::Tensor &result = out;  // e.g. a reference returned by a lookup
  tlrt::Tensor *latest = &out; // e.g. a "last result" pointer
  sess.close();

  tlrt::print(result);
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: 'result' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: session 'sess' was closed here
  std::cout << "first: " << latest->at(0) << "\n";
  // CHECK-NOTES: :[[@LINE-1]]:29: warning: 'latest' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-7]]:3: note: session 'sess' was closed here
  return 0;
}
