// Fix-it: what the initialiser reads may be declared by the if statement around the call (its
// condition variable is in scope in both branches).
// FIXED: clean
#include "tensorlife_test_api.h"

float firstInput(api::Interpreter &interp) {
  if (api::Tensor *in = interp.input(0)) {
    const float *p = in->data();
    interp.allocate_tensors();
    // CHECK-FIXES: {{^}}    interp.allocate_tensors();{{$}}
    // CHECK-FIXES-NEXT: {{^}}    p = in->data();{{$}}
    return *p;
    // CHECK-NOTES: :[[@LINE-1]]:13: warning: 'p' is read after session 'interp' was reallocated [tensorlife-use-after-release]
    // CHECK-NOTES: :[[@LINE-5]]:5: note: session 'interp' was reallocated here
  }
  return 0;
}
