// No fix-it: the initialiser is spelled by a macro; an edit inside a macro expansion could
// change every other use of the macro. The warning stays.
#include <vector>

#define FIRST(v) (v).data()

float macroInitialiser() {
  std::vector<float> v(4, 1.0f);
  float *p = FIRST(v);
  v.push_back(2.0f);
  return *p;
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: 'p' is read after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was reallocated here
}
