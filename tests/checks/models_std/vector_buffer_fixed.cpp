// Built-in model std, clean: data() re-fetched after reallocation; moving the vector out keeps
// the same storage alive in the new vector.
#include <utility>
#include <vector>

float refetch() {
  std::vector<float> v(4, 1.0f);
  v.push_back(2.0f);
  float *p = v.data();
  return p[0];
}

float movedOut() {
  std::vector<float> v(4, 1.0f);
  float *p = v.data();
  std::vector<float> w = std::move(v);
  float first = p[0];
  w.push_back(1.0f);
  return first;
}
