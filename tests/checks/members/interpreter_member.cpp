// An interpreter held as a member (by value or std::unique_ptr): data pointers into its arena,
// fetched and used in the same member function, dangle after allocate_tensors().
#include "tensorlife_test_api.h"

#include <memory>

class Classifier {
public:
  float staleInputPointer() {
    float *in = const_cast<float *>(Interp.input(0)->data());
    Interp.resize_input(0, 224 * 224);
    Interp.allocate_tensors();
    Interp.invoke();
    return in[1];
    // CHECK-NOTES: :[[@LINE-1]]:12: warning: 'in' is read after session 'Interp' was reallocated [tensorlife-use-after-release]
    // CHECK-NOTES: :[[@LINE-5]]:5: note: session 'Interp' was reallocated here
    // CHECK-NOTES: :[[@LINE-5]]:5: note: session 'Interp' was reallocated here
  }

  float outputAfterOwnedInterpreterReset() {
    Owned->allocate_tensors();
    Owned->invoke();
    api::Tensor *out = Owned->output(0);
    Owned.reset();
    return out->at(0);
    // CHECK-NOTES: :[[@LINE-1]]:12: warning: 'out' is read after session 'Owned' was destroyed [tensorlife-use-after-close]
    // CHECK-NOTES: :[[@LINE-3]]:5: note: session 'Owned' was destroyed here
  }

  // Looks similar but is fine: the pointer is re-fetched after the re-allocation.
  float refetchedInputPointer() {
    Interp.resize_input(0, 224 * 224);
    Interp.allocate_tensors();
    const float *in = Interp.input(0)->data();
    Interp.invoke();
    return in[0];
  }

  // Looks similar but is fine: the Tensor* itself survives the re-allocation.
  float tensorHandleSurvives() {
    api::Tensor *out = Interp.output(0);
    Interp.allocate_tensors();
    Interp.invoke();
    return out->at(0);
  }

private:
  api::Interpreter Interp;
  std::unique_ptr<api::Interpreter> Owned;
};
