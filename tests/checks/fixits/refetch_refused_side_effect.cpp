// No fix-it: the initialiser has a side effect (next_index() is not known to only read), so
// evaluating it again could change what the program does. The warning stays.
#include "tensorlife_test_api.h"

int next_index();

float sideEffectInTheIndex(api::Interpreter &interp) {
  const float *p = interp.input(next_index())->data();
  interp.allocate_tensors();
  return *p;
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: 'p' is read after session 'interp' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'interp' was reallocated here
}
