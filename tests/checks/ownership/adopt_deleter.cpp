// Adopting a buffer with a real deleter makes an owning tensor, independent of where the memory
// came from; wrapping it with a null or empty deleter makes a non-owning view, which dies with
// the buffer it wraps.
#include "tensorlife_test_api.h"

#include <vector>

void noDeleterIsAView() {
  api::Tensor t;
  {
    api::HostBuffer buf(3);
    t = api::adopt(buf.data(), 3, nullptr);
  }
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after buffer 'buf' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'buf' was destroyed here
}

void emptyLambdaDeleterIsAView() {
  api::HostBuffer buf(3);
  api::Tensor t = api::adopt(buf.data(), 3, [](float *) {});
  buf.free();
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after buffer 'buf' was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'buf' was released here
}

void noOp(float *) {}

void emptyFunctionDeleterIsAView() {
  api::HostBuffer buf(3);
  api::Tensor t = api::adopt(buf.data(), 3, &noOp);
  buf.free();
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after buffer 'buf' was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'buf' was released here
}

// Looks similar but is fine: fresh heap memory handed over with a deleter that frees it.
void adoptedHeapMemory() {
  api::Tensor t;
  {
    float *raw = new float[3]{1, 2, 3};
    t = api::adopt(raw, 3, api::delete_floats);
  }
  api::print(t);
}

// Looks similar but is fine: a lambda deleter with a body owns the memory it is given.
void adoptedWithLambdaDeleter() {
  api::Tensor t;
  {
    float *raw = new float[3]{1, 2, 3};
    t = api::adopt(raw, 3, [](float *p) { delete[] p; });
  }
  api::print(t);
}

// Looks similar but is fine: by the fact, an adopting result is independent of the buffer it was
// given, whatever that buffer does later (here the deleter hands the memory back to a pool).
void returnToPool(float *p);
void adoptedFromBufferWithRealDeleter() {
  api::HostBuffer buf(3);
  api::Tensor t = api::adopt(buf.data(), 3, returnToPool);
  buf.free();
  api::print(t);
}
