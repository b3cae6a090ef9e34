// No fix-it: a variable the initialiser reads is assigned between the fetch and the call that
// moves the memory: the fetch again would read another tensor. The warning stays.
#include "tensorlife_test_api.h"

float indexChanges(api::Interpreter &interp) {
  int index = 0;
  const float *p = interp.input(index)->data();
  index = 1;
  interp.allocate_tensors();
  return *p;
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: 'p' is read after session 'interp' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'interp' was reallocated here
}
