// No fix-it: the view read is a reference to a tensor, not a variable holding the view: a copy
// cannot be bound where the reference is. The warning stays.
#include "tlrt/tlrt.h"

#include <vector>

float throughAReference(tlrt::Tensor &out) {
  std::vector<float> values(4, 1.0f);
  tlrt::Tensor &t = out;
  t = tlrt::from_blob(values.data(), values.size());
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: parameter 'out' views buffer 'values', which is destroyed when 'throughAReference' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:22: note: buffer 'values' is a local of 'throughAReference', declared here
  values.push_back(2.0f);
  return t.at(0);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 't' is read after buffer 'values' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'values' was reallocated here
}
