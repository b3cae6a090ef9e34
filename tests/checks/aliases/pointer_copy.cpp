// A pointer to a tracked tensor designates it: reads through `p->` or `*p` after the end are
// reported, named by the pointer.
#include "tensorlife_test_api.h"

void readThroughPointer(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  api::Tensor *latest = &out;
  sess.close();
  float x = latest->at(0);
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: 'latest' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
  (void)x;
}

void readThroughDereference() {
  api::Tensor t = api::ones(3);
  api::Tensor *p = &t;
  api::release(t);
  api::print(*p);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: '*p' is read after 't' was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't' was released here
}

void releasedThroughPointer() {
  api::Tensor t = api::ones(3);
  api::Tensor *p = &t;
  p->release();
  api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 't' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't' was released here
}

void pointerAssignedLater() {
  api::Tensor a = api::ones(3);
  api::Tensor *p = nullptr;
  p = &a;
  api::release(a);
  api::print(*p);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: '*p' is read after 'a' was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'a' was released here
}

// Looks similar but is fine: the pointer was moved to another, live tensor before the read.
void pointerRetargeted() {
  api::Tensor a = api::ones(3);
  api::Tensor b = api::ones(3);
  api::Tensor *p = &a;
  api::release(a);
  p = &b;
  api::print(*p);
}

// Looks similar but is fine: the pointer is only compared, never read through.
bool pointerOnlyCompared() {
  api::Tensor a = api::ones(3);
  api::Tensor *p = &a;
  api::release(a);
  return p != nullptr;
}
