// No fix-it: in a loop, the stale read comes before the call in the text (it is reached again
// through the loop): there is no place after the call and before the read. The warning stays.
#include <vector>

float useBeforeTheCall(int rounds) {
  std::vector<float> v(4, 1.0f);
  float *p = v.data();
  float sum = 0;
  for (int r = 0; r < rounds; ++r) {
    sum += *p;
    // CHECK-NOTES: :[[@LINE-1]]:13: warning: 'p' is read after buffer 'v' was reallocated [tensorlife-use-after-release]
    // CHECK-NOTES: :[[@LINE+1]]:5: note: buffer 'v' was reallocated here
    v.push_back(2.0f);
  }
  return sum;
}
