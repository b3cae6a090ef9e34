// No fix-it: where the fetch would go, the index the initialiser reads is hidden by another
// variable of the same name. The warning stays.
#include "tensorlife_test_api.h"

float nameHidden(api::Interpreter &interp) {
  int index = 0;
  const float *p = interp.input(index)->data();
  {
    int index = 1;
    interp.allocate_tensors();
    interp.input(index);
  }
  return *p;
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: 'p' is read after session 'interp' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-5]]:5: note: session 'interp' was reallocated here
}
