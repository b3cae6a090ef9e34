// A view over a temporary dies at the end of the full-expression that made the temporary.
#include "tensorlife_test_api.h"

#include <vector>

std::vector<float> loadValues();

void viewOverTemporaryVector() {
  api::Tensor t = api::from_data(loadValues().data(), 16);
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after temporary 'loadValues()' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:34: note: temporary 'loadValues()' was destroyed at the end of the full-expression
}

float pointerIntoTemporaryVector() {
  const float *p = std::vector<float>(4, 1.0f).data();
  return p[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'p' is read after temporary 'std::vector<float>(4, 1.0f)' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:20: note: temporary 'std::vector<float>(4, 1.0f)' was destroyed at the end of the full-expression
}

void viewOverTemporaryBuffer() {
  api::Tensor t = api::from_data(api::HostBuffer(8).data(), 8);
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after temporary 'api::HostBuffer(8)' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:34: note: temporary 'api::HostBuffer(8)' was destroyed at the end of the full-expression
}

// Looks similar but is fine: the view is read inside the same full-expression.
void readInTheSameFullExpression() {
  api::print(api::from_data(loadValues().data(), 16));
}

// Looks similar but is fine: a const reference extends the temporary to the end of its block.
void lifetimeExtended() {
  const std::vector<float> &values = loadValues();
  api::Tensor t = api::from_data(const_cast<float *>(values.data()), values.size());
  api::print(t);
}

// Looks similar but is fine: the temporary's values are copied out by clone() in the same
// full-expression.
void clonedInTheSameFullExpression() {
  api::Tensor t = api::from_data(loadValues().data(), 16).clone();
  api::print(t);
}
