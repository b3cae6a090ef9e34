// libtorch: a view over a helper's local buffer stored into a global, a namespace-scope
// `static`, a function's `static` local or a static data member outlives the helper: the buffer
// is destroyed when it returns, and the next call (or any function) reads what was left there.
// Reported where it is stored.
#include "torch_min.h"

#include <vector>

torch::Tensor g_last;
static float *s_values = nullptr;
std::vector<torch::Tensor> g_batch;
struct Cache {
  static torch::Tensor latest;
};
torch::Tensor Cache::latest;

void keepLast(int n) {
  std::vector<float> v(n, 1.0f);
  g_last = torch::from_blob(v.data(), {n});
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: global 'g_last' views buffer 'v', which is destroyed when 'keepLast' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:22: note: buffer 'v' is a local of 'keepLast', declared here
}

void keepValues(int n) {
  std::vector<float> v(n, 1.0f);
  torch::Tensor t = torch::from_blob(v.data(), {n});
  s_values = t.data_ptr<float>();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: static 's_values' points into buffer 'v', which is destroyed when 'keepValues' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:22: note: buffer 'v' is a local of 'keepValues', declared here
}

void remember(int n) {
  static torch::Tensor previous;
  std::vector<float> v(n, 1.0f);
  previous = torch::from_blob(v.data(), {n});
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: static 'previous' views buffer 'v', which is destroyed when 'remember' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:22: note: buffer 'v' is a local of 'remember', declared here
}

void cacheLatest(int n) {
  std::vector<float> v(n, 1.0f);
  Cache::latest = torch::from_blob(v.data(), {n}).view({n});
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: static member 'Cache::latest' views buffer 'v', which is destroyed when 'cacheLatest' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:22: note: buffer 'v' is a local of 'cacheLatest', declared here
}

void collect(int n) {
  std::vector<float> v(n, 1.0f);
  g_batch.push_back(torch::from_blob(v.data(), {n}));
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: global 'g_batch' views buffer 'v', which is destroyed when 'collect' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:22: note: buffer 'v' is a local of 'collect', declared here
}

// Looks similar but is fine: an owning copy is stored.
void keepLastCloned(int n) {
  std::vector<float> v(n, 1.0f);
  g_last = torch::from_blob(v.data(), {n}).clone();
}

// Looks similar but is fine: the buffer is static too.
void keepStatic() {
  static std::vector<float> table(16, 0.5f);
  g_last = torch::from_blob(table.data(), {16});
  Cache::latest = torch::from_blob(table.data(), {16});
}

// Looks similar but is fine: the buffer is the caller's, who keeps it.
void keepCallers(std::vector<float> &v) {
  g_last = torch::from_blob(v.data(), {static_cast<int64_t>(v.size())});
}

// Looks similar but is fine: the global is used while the buffer lives, then let go.
float sumThroughGlobal(int n) {
  std::vector<float> v(n, 1.0f);
  torch::Tensor t = torch::from_blob(v.data(), {n});
  s_values = t.data_ptr<float>();
  float first = s_values[0];
  s_values = nullptr;
  return first;
}

// Looks similar but is fine: a static local holds an owning tensor made once.
float fromStatic(int n) {
  static torch::Tensor ones = torch::ones({16});
  std::vector<float> v(n, 1.0f);
  return torch::from_blob(v.data(), {n}).sum().item<float>() + ones.sum().item<float>();
}
