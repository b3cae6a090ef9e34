// No fix-it: the view's type has no owning_copy template (neither an annotation nor a model
// says how to copy it). The warning stays.
#include "tensorlife_test_api.h"

float noTemplate() {
  api::Tensor t;
  {
    api::HostBuffer buf(4);
    t = api::from_blob(buf);
  }
  return t.at(0);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 't' is read after buffer 'buf' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'buf' was destroyed here
}
