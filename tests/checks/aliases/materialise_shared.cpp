// Reading a lazy tensor computes it into its buffer. Everything that shares the buffer (copies),
// and the lazy tensors it read on the way, are computed with it: afterwards none of them needs its
// inputs. Results built from it read its buffer, not its inputs.
#include "tensorlife_test_api.h"

// Looks similar but is fine: the copy was read, which computed the buffer both share.
void copyReadBeforeRelease() {
  api::Tensor a = api::ones(3), b = api::ones(3);
  api::Tensor c = a + b;
  api::Tensor d = c;
  api::print(d);
  api::release(a);
  api::print(c);
}

// Looks similar but is fine: reading e computed c, which e reads.
void lazyInputComputedByTheRead() {
  api::Tensor a = api::ones(3), b = api::ones(3);
  api::Tensor c = a + b;
  api::Tensor e = api::scale(c, 2.0f);
  api::print(e);
  api::release(a);
  api::print(c);
}

// Looks similar but is fine: a temporary read computes the lazy tensors it reads.
void lazyInputComputedByATemporaryRead() {
  api::Tensor a = api::ones(3), b = api::ones(3);
  api::Tensor c = a + b;
  api::print(api::scale(c, 2.0f));
  api::release(b);
  api::print(c);
}

// Looks similar but is fine: e was built from c before c was read; once c is computed, e reads
// c's buffer, no longer a and b.
void resultOfAComputedInput() {
  api::Tensor a = api::ones(3), b = api::ones(3);
  api::Tensor c = a + b;
  api::Tensor e = api::scale(c, 2.0f);
  api::print(c);
  api::release(a);
  api::print(e);
}

// Still a bug: e is built from c and from f, and only c was computed; f still needs its inputs.
void otherInputStillLazy() {
  api::Tensor a = api::ones(3), b = api::ones(3), g = api::ones(3);
  api::Tensor c = a + b;
  api::Tensor f = api::scale(g, 2.0f);
  api::Tensor e = c + f;
  api::print(c);
  api::release(g);
  api::print(e);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'e' is read after its upstream input 'g' was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'g' was released here
}

// Still a bug: the copy was made but nothing was read before the release.
void copyNotRead() {
  api::Tensor a = api::ones(3), b = api::ones(3);
  api::Tensor c = a + b;
  api::Tensor d = c;
  api::release(a);
  api::print(d);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'd' is read after its input 'a' was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'a' was released here
}

// Still a bug: through the loop's join, t8 reads t1's old value (no trip) and t1 reads t8 (a
// trip). Reading t8 does not compute t1, which still needs t8 after the release.
void inputAndReaderThroughAJoin(int trips) {
  api::Tensor t1 = api::ones(3);
  api::Tensor t8 = api::scale(t1, 2.0f);
  for (int i = 0; i < trips; ++i)
    t1 = api::scale(t8, 3.0f);
  api::print(t8);
  api::release(t8);
  api::print(t1);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't1' is read after its input 't8' was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't8' was released here
}
