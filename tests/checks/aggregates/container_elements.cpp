// Containers of owning handles: pop_back, erase and clear destroy elements, and what was taken
// from an element (a data pointer, a reference) dies with it, named as an element of the
// container. A map's elements are its mapped values.
#include "onnxruntime_cxx_api.h"

#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

static const int64_t dims[1] = {4};

void dataOfPoppedElement(Ort::AllocatorWithDefaultOptions &a) {
  std::vector<Ort::Value> pool;
  pool.emplace_back(Ort::Value::CreateTensor<float>(a, dims, 1));
  float *row = pool.back().GetTensorMutableData<float>();
  pool.pop_back();
  row[0] = 1.0f;
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: 'row' is written after an element of 'pool' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: an element of 'pool' was destroyed here
}

void sessionOfClearedMap(std::unordered_map<int, std::unique_ptr<Ort::Session>> &cache,
                         const char *const *in, const Ort::Value *v, const char *const *out) {
  Ort::Session &s = *cache.at(7);
  cache.clear();
  s.Run(Ort::RunOptions{nullptr}, in, v, 1, out, 1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: session 's' is run after it was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 's' was destroyed here
}

// Looks similar but is fine: the value is moved into the caller's vector, which keeps it alive.
float movedIntoCallersVector(std::vector<Ort::Value> &keep, Ort::AllocatorWithDefaultOptions &a) {
  float *p;
  {
    Ort::Value v = Ort::Value::CreateTensor<float>(a, dims, 1);
    p = v.GetTensorMutableData<float>();
    keep.push_back(std::move(v));
  }
  return p[0];
}

// Looks similar but is fine: the session is run before the map is cleared.
void runThenClear(std::unordered_map<int, std::unique_ptr<Ort::Session>> &cache,
                  const char *const *in, const Ort::Value *v, const char *const *out) {
  Ort::Session &s = *cache.at(7);
  s.Run(Ort::RunOptions{nullptr}, in, v, 1, out, 1);
  cache.clear();
}

// Looks similar but is fine: the data pointer is taken again after the pop.
void refetchedAfterPop(Ort::AllocatorWithDefaultOptions &a) {
  std::vector<Ort::Value> pool;
  pool.emplace_back(Ort::Value::CreateTensor<float>(a, dims, 1));
  pool.emplace_back(Ort::Value::CreateTensor<float>(a, dims, 1));
  pool.pop_back();
  float *row = pool.back().GetTensorMutableData<float>();
  row[0] = 1.0f;
}
