// libtorch: a view over a helper's local buffer stored into a member of a global struct (or of a
// `static` one), or into an element of an out-parameter by an index only known at run time,
// outlives the helper: reported where it is stored.
#include "torch_min.h"

#include <vector>

struct Latest {
  torch::Tensor view;
  float *values = nullptr;
  int rows = 0;
};
Latest g_latest;

void keepInGlobal(int n) {
  std::vector<float> v(n, 1.0f);
  g_latest.view = torch::from_blob(v.data(), {n});
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: global 'g_latest.view' views buffer 'v', which is destroyed when 'keepInGlobal' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:22: note: buffer 'v' is a local of 'keepInGlobal', declared here
}

void keepValuesInStatic(int n) {
  static Latest previous;
  std::vector<float> v(n, 1.0f);
  torch::Tensor t = torch::from_blob(v.data(), {n});
  previous.values = t.data_ptr<float>();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: static 'previous.values' points into buffer 'v', which is destroyed when 'keepValuesInStatic' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:22: note: buffer 'v' is a local of 'keepValuesInStatic', declared here
}

void fillEvery(torch::Tensor *outs, int count, int n) {
  std::vector<float> v(n, 1.0f);
  for (int i = 0; i < count; ++i)
    outs[i] = torch::from_blob(v.data(), {n});
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: parameter 'outs' views buffer 'v', which is destroyed when 'fillEvery' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:22: note: buffer 'v' is a local of 'fillEvery', declared here
}

// Looks similar but is fine: an owning copy, a static buffer, the caller's buffer.
void keepInGlobalCloned(int n) {
  std::vector<float> v(n, 1.0f);
  g_latest.view = torch::from_blob(v.data(), {n}).clone();
  g_latest.rows = n;
}

void keepStaticInGlobal() {
  static std::vector<float> table(16, 0.5f);
  g_latest.view = torch::from_blob(table.data(), {16});
  g_latest.values = table.data();
}

void keepCallersInGlobal(std::vector<float> &v) {
  g_latest.view = torch::from_blob(v.data(), {static_cast<int64_t>(v.size())});
}

// Looks similar but is fine: the member is used while the buffer lives, then let go.
float sumThroughGlobalMember(int n) {
  std::vector<float> v(n, 1.0f);
  torch::Tensor t = torch::from_blob(v.data(), {n});
  g_latest.values = t.data_ptr<float>();
  float first = g_latest.values[0];
  g_latest.values = nullptr;
  return first;
}

// Looks similar but is fine: a local struct dies with the buffer.
float localStruct(int n) {
  std::vector<float> v(n, 1.0f);
  Latest here;
  here.view = torch::from_blob(v.data(), {n});
  return here.view.sum().item<float>();
}

void fillEveryCloned(torch::Tensor *outs, int count, int n) {
  std::vector<float> v(n, 1.0f);
  for (int i = 0; i < count; ++i)
    outs[i] = torch::from_blob(v.data(), {n}).clone();
}
