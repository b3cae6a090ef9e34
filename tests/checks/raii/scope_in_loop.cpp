// A scope made in a loop body ends at the end of each iteration: a tensor allocated in it and
// kept in an outer variable is dead in the next iteration: a lazy result made from it dies
// with that scope too.
#include "tensorlife_test_api.h"

void previousIterationsTensor(int steps) {
  api::Tensor last = api::ones(3);
  for (int i = 0; i < steps; ++i) {
    api::Scope tape;
    api::Tensor next = api::add(last, api::ones(3));
    api::print(next);
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: 'next' is read after scope 'tape' ended [tensorlife-use-after-release]
    // CHECK-NOTES: :[[@LINE+2]]:3: note: scope 'tape' ended here
    last = next;
  }
}

// Looks similar but is fine: keep() copies the result out of the iteration's scope.
void keptAcrossIterations(int steps) {
  api::Tensor last = api::ones(3);
  for (int i = 0; i < steps; ++i) {
    api::Scope tape;
    api::Tensor next = api::add(last, api::ones(3));
    last = tape.keep(next);
  }
  api::print(last);
}
