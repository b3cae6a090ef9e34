// Differential fuzzer (scripts/fuzz), seed 1, program 7; reduced. Checker and runtime agree: 4 warnings, each confirmed by a LifetimeError on some path (8 paths run).
// Path: "1,0,0" (the values of the choice points, see the harness).
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
  tlrt::Tensor t2 = tlrt::ones(3);
  if (tl_choice(0)) {
    (void)t1.to_vector();
    tlrt::release(t1);
    tlrt::print(t1);
    // CHECK-NOTES: :[[@LINE-1]]:17: warning: 't1' is read after it was released [tensorlife-use-after-release]
    // CHECK-NOTES: :[[@LINE-3]]:5: note: 't1' was released here
  } else {
    tlrt::release(t1);
    {
      tlrt::Scope sc3("sc3");
      tlrt::Tensor *p4 = &t2;
      if (tl_choice(1)) {
        tlrt::HostBuffer hb5({1, 2, 3});
      } else {
        (void)p4->to_vector();
      }
      (void)t2.to_vector();
      tlrt::Tensor t6 = tlrt::ones(3);
      tlrt::Tensor t7 = tlrt::tensor({1, 2, 3});
    }
    {
      tlrt::Scope sc8("sc8");
      (void)t1.to_vector();
      // CHECK-NOTES: :[[@LINE-1]]:13: warning: 't1' is read after it was released [tensorlife-use-after-release]
      // CHECK-NOTES: :[[@LINE-17]]:5: note: 't1' was released here
      if (tl_choice(2)) {
        tlrt::Tensor t9 = tlrt::ones(3);
        tlrt::HostBuffer hb10({1, 2, 3});
        tlrt::release(t2);
      } else {
        tlrt::Tensor t11 = tlrt::add(t1, t1);
        tlrt::Tensor t12 = tlrt::ones(3);
      }
      {
        tlrt::print(t1 + t2);
        // CHECK-NOTES: :[[@LINE-1]]:21: warning: 't1 + t2' is read after its inputs 't1' and 't2' were released [tensorlife-use-after-release]
        // CHECK-NOTES: :[[@LINE-29]]:5: note: 't1' was released here
        // CHECK-NOTES: :[[@LINE-9]]:9: note: 't2' was released here
        // CHECK-NOTES: :[[@LINE-13]]:11: note: assuming this condition is true
        tlrt::print(t2 + t1);
        // CHECK-NOTES: :[[@LINE-1]]:21: warning: 't2 + t1' is read after its inputs 't1' and 't2' were released [tensorlife-use-after-release]
        // CHECK-NOTES: :[[@LINE-34]]:5: note: 't1' was released here
        // CHECK-NOTES: :[[@LINE-14]]:9: note: 't2' was released here
        // CHECK-NOTES: :[[@LINE-18]]:11: note: assuming this condition is true
        tlrt::Tensor t13 = t2 * t2;
        tlrt::Tensor t14 = tlrt::tensor({1, 2, 3});
      }
    }
  }
}

#define TL_FUZZ_DEFAULT_PATH "1,0,0"
#define TL_FUZZ_PROGRAMS fuzz_program_0
#include "fuzz_harness.h"
