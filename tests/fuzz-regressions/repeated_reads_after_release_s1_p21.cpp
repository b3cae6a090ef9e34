// Differential fuzzer (scripts/fuzz), seed 1, program 21 (profile full), hand-reduced. Every read of t3 raises use-after-release, and each is reported: the checker at edeadfa reported only the first use of an object per cause (a later read of the same variable went unreported, a missed error per the fuzzer's per-use oracle).
// Path: "1" (the values of the choice points, see the harness).
// RUNTIME: use-after-release
#include "tlrt/tlrt.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

int tl_choice(int point); // a branch: 0 or 1, opaque to the checker, fixed by the path
int tl_trips(int point);  // a loop's trip count: 0, 1 or 2
void tl_at(int line);
void tl_caught(int line, const tlrt::LifetimeError &error, bool fatal);

void fuzz_program_0() {
  tlrt::Tensor t1 = tlrt::ones(3);
  tlrt::Tensor t2 = tlrt::mul(t1, t1);
  tlrt::Tensor t3 = tlrt::scale(t2, 2.0f);
  t2.release();
  for (int i4 = 0, ni4 = tl_trips(0); i4 < ni4; ++i4) {
    (void)t3.at(0);
    // CHECK-NOTES: :[[@LINE-1]]:11: warning: 't3' is read after its input 't2' was released [tensorlife-use-after-release]
    // CHECK-NOTES: :[[@LINE-4]]:3: note: 't2' was released here
    tlrt::print(t3);
    // CHECK-NOTES: :[[@LINE-1]]:17: warning: 't3' is read after its input 't2' was released [tensorlife-use-after-release]
    // CHECK-NOTES: :[[@LINE-7]]:3: note: 't2' was released here
  }
}

#define TL_FUZZ_DEFAULT_PATH "1"
#define TL_FUZZ_PROGRAMS fuzz_program_0
#include "fuzz_harness.h"
