// Data pointers into a caller-owned buffer die with the buffer: freed or destroyed.
#include "tensorlife_test_api.h"

float readAfterFree() {
  api::HostBuffer buf(4);
  float *p = buf.data();
  buf.free();
  return p[3];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'p' is read after buffer 'buf' was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'buf' was released here
}

float readAfterBufferLeftItsBlock() {
  float *p = nullptr;
  {
    api::HostBuffer buf(4);
    p = buf.data();
  }
  return *p;
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: 'p' is read after buffer 'buf' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'buf' was destroyed here
}

void viewOverDataPointerOfFreedBuffer() {
  api::HostBuffer buf(4);
  api::Tensor t = api::from_data(buf.data(), buf.size());
  buf.free();
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after buffer 'buf' was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'buf' was released here
}

// Looks similar but is fine: writes and reads happen while the buffer lives.
float readWhileAlive() {
  api::HostBuffer buf(4);
  float *p = buf.data();
  p[0] = 1.0f;
  float x = p[0];
  buf.free();
  return x;
}

// Looks similar but is fine: the view is read, and its values copied out, inside the block.
std::vector<float> copiedOutInsideTheBlock() {
  std::vector<float> kept;
  {
    api::HostBuffer buf(4);
    api::Tensor t = api::from_data(buf.data(), 4);
    kept = t.to_vector();
  }
  return kept;
}
