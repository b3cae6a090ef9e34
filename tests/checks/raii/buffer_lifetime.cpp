// A HostBuffer is a caller-owned buffer: views over it die when it is freed or destroyed.
#include "tensorlife_test_api.h"

#include <memory>

void viewReadAfterFree() {
  api::HostBuffer buf(4);
  api::Tensor view = api::from_blob(buf);
  buf.free();
  api::print(view);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'view' is read after buffer 'buf' was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'buf' was released here
}

void viewOverHeapBufferDeleted() {
  auto *buf = new api::HostBuffer(4);
  api::Tensor view = api::from_blob(*buf);
  delete buf;
  api::print(view);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'view' is read after buffer 'buf' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'buf' was destroyed here
}

void viewOverUniquePtrBufferReset() {
  auto buf = std::make_unique<api::HostBuffer>(4);
  api::Tensor view = api::from_blob(*buf);
  buf.reset();
  api::print(view);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'view' is read after buffer 'buf' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'buf' was destroyed here
}

// Looks similar but is fine: the view is read before the buffer is freed.
void viewReadBeforeFree() {
  api::HostBuffer buf(4);
  api::Tensor view = api::from_blob(buf);
  api::print(view);
  buf.free();
}

// Looks similar but is fine: a view over a different, live buffer.
void otherBufferFreed() {
  api::HostBuffer a(4), b(4);
  api::Tensor view = api::from_blob(b);
  a.free();
  api::print(view);
}
