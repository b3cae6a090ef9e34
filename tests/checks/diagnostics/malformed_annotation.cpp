// A tensorlife annotation that cannot be parsed is reported once, where it is written, and the
// declaration is treated as unannotated (no crash, no guess).
#include "tensorlife_test_api.h"

TENSORLIFE("relase(0)") void dropMisspelt(api::Tensor &t);
// CHECK-NOTES: :[[@LINE-1]]:1: warning: malformed annotation 'tensorlife::relase(0)': unknown tensorlife fact 'relase' [tensorlife-use-after-{{close|release}}]
// CHECK-NOTES: tensorlife_test_api.h:{{[0-9]+}}:{{[0-9]+}}: note: expanded from macro 'TENSORLIFE'

void misspeltFactIsNotAnEnd() {
  api::Tensor t = api::ones(3);
  dropMisspelt(t);
  api::print(t);
  dropMisspelt(t);
  api::print(t);
}
