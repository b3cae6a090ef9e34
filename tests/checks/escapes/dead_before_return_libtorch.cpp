// libtorch: a view whose buffer died in an inner block (or an iteration of a loop) before the
// view leaves is dead when it is returned: reported as a use of it, as a later read would be.
// One left in a reference parameter while its buffer dies before the return escapes.
#include "torch_min.h"

#include <vector>

torch::Tensor innerBlock(int n) {
  torch::Tensor t;
  {
    std::vector<float> v(n, 1.0f);
    t = torch::from_blob(v.data(), {n});
  }
  return t;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 't' is returned after buffer 'v' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was destroyed here
}

float *lastRow(int rows, int n) {
  float *p = nullptr;
  for (int i = 0; i < rows; ++i) {
    std::vector<float> row(n, 0.0f);
    torch::Tensor t = torch::from_blob(row.data(), {n});
    p = t.data_ptr<float>();
  }
  return p;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'p' is returned after buffer 'row' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'row' was destroyed here
}

// A read before the return and the return are two uses of the dead view, each reported once.
torch::Tensor readThenReturned(int n) {
  torch::Tensor t;
  {
    std::vector<float> v(n, 1.0f);
    t = torch::from_blob(v.data(), {n});
  }
  float s = t.sum().item<float>();
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: 't' is read after buffer 'v' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was destroyed here
  (void)s;
  return t;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 't' is returned after buffer 'v' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-7]]:3: note: buffer 'v' was destroyed here
}

void fillInner(torch::Tensor &out, int n) {
  {
    std::vector<float> v(n, 1.0f);
    out = torch::from_blob(v.data(), {n});
  }
  // CHECK-NOTES: :[[@LINE-2]]:5: warning: parameter 'out' views buffer 'v', which is destroyed before 'fillInner' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:24: note: buffer 'v' is a local of 'fillInner', declared here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was destroyed here
}

// Looks similar but is fine: an owning copy is made while the buffer lives.
torch::Tensor innerBlockCloned(int n) {
  torch::Tensor t;
  {
    std::vector<float> v(n, 1.0f);
    t = torch::from_blob(v.data(), {n}).clone();
  }
  return t;
}

// Looks similar but is fine: the view is given an owning value again before it leaves.
torch::Tensor reassignedBeforeReturn(int n) {
  torch::Tensor t;
  {
    std::vector<float> v(n, 1.0f);
    t = torch::from_blob(v.data(), {n});
    t.sum();
  }
  t = torch::ones({n});
  return t;
}

// Looks similar but is fine: the buffer of the inner block is the caller's.
torch::Tensor innerBlockCallers(std::vector<float> &v) {
  torch::Tensor t;
  {
    std::vector<float> scratch(4, 0.0f);
    t = torch::from_blob(v.data(), {static_cast<int64_t>(v.size())});
  }
  return t;
}

// Looks similar but is fine: the parameter is given an owning copy within the block.
void fillInnerCloned(torch::Tensor &out, int n) {
  {
    std::vector<float> v(n, 1.0f);
    out = torch::from_blob(v.data(), {n}).clone();
  }
}

// A return that reads the dead view (`contiguous` reads it) is reported once, as that read.
torch::Tensor returnedRead(int n) {
  torch::Tensor t;
  {
    std::vector<float> v(n, 1.0f);
    t = torch::from_blob(v.data(), {n});
  }
  return t.contiguous();
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 't' is read after buffer 'v' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was destroyed here
}
