// Differential fuzzer (scripts/fuzz), seed 1, program 29; reduced. Checker and runtime agree: 4 warnings, each confirmed by a LifetimeError on some path (4 paths run).
// Path: "0,0" (the values of the choice points, see the harness).
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
  tlrt::Graph g;
  tlrt::Node n0 = g.constant({1, 2, 3});
  tlrt::Node n1 = g.add(n0, n0);
  tlrt::Tensor t1 = tlrt::ones(3);
  tlrt::Tensor t2 = tlrt::add(t1, t1);
  tlrt::Tensor t3 = tlrt::ones(3);
  tlrt::release(t2);
  (void)t2.at(0);
  // CHECK-NOTES: :[[@LINE-1]]:9: warning: 't2' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't2' was released here
  if (tl_choice(0)) {
    {
      (void)t3.at(0);
      if (tl_choice(1)) {
        (void)t2.to_vector();
        // CHECK-NOTES: :[[@LINE-1]]:15: warning: 't2' is read after it was released [tensorlife-use-after-release]
        // CHECK-NOTES: :[[@LINE-10]]:3: note: 't2' was released here
        tlrt::Tensor c4 = t3;
        tlrt::Tensor c5 = c4;
        tlrt::Tensor t6 = tlrt::ones(3);
      } else {
        tlrt::print(t2 + t3);
        // CHECK-NOTES: :[[@LINE-1]]:21: warning: 't2 + t3' is read after its input 't2' was released [tensorlife-use-after-release]
        // CHECK-NOTES: :[[@LINE-17]]:3: note: 't2' was released here
        (void)t2.to_vector();
        // CHECK-NOTES: :[[@LINE-1]]:15: warning: 't2' is read after it was released [tensorlife-use-after-release]
        // CHECK-NOTES: :[[@LINE-20]]:3: note: 't2' was released here
      }
      tlrt::Tensor t7 = t2 * t1;
    }
  }
}

#define TL_FUZZ_DEFAULT_PATH "0,0"
#define TL_FUZZ_PROGRAMS fuzz_program_0
#include "fuzz_harness.h"
