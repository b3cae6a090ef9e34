// Unusual control flow: indirect goto, a switch into a loop, nested try blocks, loops without
// bodies, deeply nested blocks. Nothing may crash; the one real bug is reported.
#include "tensorlife_test_api.h"

void indirectGoto(int i) {
  api::Tensor t = api::ones(3);
  void *targets[] = {&&first, &&second};
  goto *targets[i & 1];
first:
  api::print(t);
  return;
second:
  api::print(t);
}

void duffsDevice(int count) {
  api::Tensor t = api::ones(3);
  int n = (count + 3) / 4;
  switch (count % 4) {
  case 0:
    do {
      api::print(t);
    case 3:
      api::print(t);
    case 2:
      api::print(t);
    case 1:
      api::print(t);
    } while (--n > 0);
  }
}

void nestedTry() {
  api::Tensor t = api::ones(3);
  try {
    try {
      api::print(t);
    } catch (int) {
      throw;
    }
  } catch (...) {
  }
  api::release(t);
}

void emptyLoops(int n) {
  api::Tensor t = api::ones(3);
  while (n-- > 0)
    ;
  for (; n < 3; ++n) {
  }
  api::print(t);
}

void deeplyNested(bool a, bool b, bool c, api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  {
    {
      {
        if (a) {
          if (b) {
            if (c)
              api::print(out);
          }
        }
      }
    }
  }
  sess.close();
}

void releasedInsideDeeplyNestedBlock() {
  api::Tensor t = api::ones(3);
  {
    {
      {
        api::release(t);
      }
    }
  }
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-6]]:9: note: 't' was released here
}
