// An interpreter owns an arena: allocate_tensors() / resize_input() re-allocate it. The Tensor*
// it hands out stay valid, but data pointers into the arena taken before dangle.
#include "tensorlife_test_api.h"

float dataPointerReadAfterAllocate() {
  api::Interpreter interp;
  interp.allocate_tensors();
  api::Tensor *in = interp.input(0);
  const float *p = in->data();
  interp.resize_input(0, 32);
  interp.allocate_tensors();
  return p[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'p' is read after session 'interp' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: session 'interp' was reallocated here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: session 'interp' was reallocated here
}

void viewOverArenaReadAfterAllocate() {
  api::Interpreter interp;
  interp.allocate_tensors();
  float *raw = const_cast<float *>(interp.output(0)->data());
  api::Tensor view = api::from_data(raw, 4);
  interp.allocate_tensors();
  api::print(view);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'view' is read after session 'interp' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'interp' was reallocated here
}

float borrowedTensorAfterDelete() {
  api::Interpreter *interp = api::new_interpreter();
  interp->allocate_tensors();
  api::Tensor *out = interp->output(0);
  api::delete_interpreter(interp);
  return out->at(0);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'out' is read after session 'interp' was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'interp' was destroyed here
}

// Looks similar but is fine: the Tensor* survives re-allocation; its data is re-fetched after.
float refetchedAfterAllocate() {
  api::Interpreter interp;
  api::Tensor *in = interp.input(0);
  interp.resize_input(0, 32);
  interp.allocate_tensors();
  const float *p = in->data();
  interp.invoke();
  return p[0] + in->at(1);
}

// Looks similar but is fine: invoke() runs the interpreter, it does not re-allocate.
float pointerCachedAcrossInvoke() {
  api::Interpreter interp;
  interp.allocate_tensors();
  const float *p = interp.output(0)->data();
  interp.invoke();
  interp.invoke();
  return p[0];
}
