// Aliases of buffers: freeing, destroying or re-allocating a buffer through a pointer or a
// reference ends the views over the buffer it designates.
#include "tensorlife_test_api.h"

#include <vector>

void freedThroughPointer() {
  api::HostBuffer buf(4);
  api::Tensor view = api::from_blob(buf);
  api::HostBuffer *bp = &buf;
  bp->free();
  api::print(view);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'view' is read after buffer 'buf' was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'buf' was released here
}

void resizedThroughReference() {
  std::vector<float> v(4, 1.0f);
  std::vector<float> &values = v;
  api::Tensor t = api::from_data(values.data(), values.size());
  values.resize(100);
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was reallocated here
}

void viewMadeThroughPointerFreedDirectly() {
  api::HostBuffer buf(4);
  api::HostBuffer *bp = &buf;
  api::Tensor view = api::from_blob(*bp);
  buf.free();
  api::print(view);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'view' is read after buffer 'buf' was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'buf' was released here
}

// Looks similar but is fine: the pointer designates another buffer than the one viewed.
void otherBufferFreedThroughPointer() {
  api::HostBuffer a(4), b(4);
  api::Tensor view = api::from_blob(a);
  api::HostBuffer *bp = &b;
  bp->free();
  api::print(view);
}

// Looks similar but is fine: a const reference cannot re-allocate; size() is not a use.
void readThroughConstReference() {
  std::vector<float> v(4, 1.0f);
  const std::vector<float> &values = v;
  api::Tensor t = api::from_data(v.data(), values.size());
  api::print(t);
}
