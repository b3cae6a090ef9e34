// A raw data pointer (`result_data`) lives as long as the buffer it points into: reading through
// it (`p[i]`, `*p`, or passing it to a function that reads it) after the release is reported.
#include "tensorlife_test_api.h"

float subscriptAfterRelease() {
  api::Tensor t = api::ones(3);
  const float *p = api::data(t);
  api::release(t);
  return p[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'p' is read after 't' was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't' was released here
}

float dereferenceAfterRelease() {
  api::Tensor t = api::ones(3);
  const float *p = t.data();
  t.release();
  return *p;
  // CHECK-NOTES: :[[@LINE-1]]:11: warning: 'p' is read after 't' was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't' was released here
}

float passedToAReaderAfterRelease() {
  api::Tensor t = api::ones(3);
  const float *p = t.data();
  api::release(t);
  return api::sum(p, 3);
  // CHECK-NOTES: :[[@LINE-1]]:19: warning: 'p' is read after 't' was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't' was released here
}

float dataOfBorrowedOutput(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  const float *p = out.data();
  sess.close();
  return p[1];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'p' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
}

float pointerAssignedAfterDeclaration() {
  api::Tensor t = api::ones(3);
  const float *p = nullptr;
  p = t.data();
  api::release(t);
  return p[2];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'p' is read after 't' was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't' was released here
}

// Looks similar but is fine: the value is copied out of the buffer before the release.
float copiedBeforeRelease() {
  api::Tensor t = api::ones(3);
  const float *p = api::data(t);
  float first = p[0];
  api::release(t);
  return first;
}

// Looks similar but is fine: the pointer is re-fetched from a fresh tensor after the release.
float refetchedAfterRelease() {
  api::Tensor t = api::ones(3);
  const float *p = t.data();
  api::release(t);
  t = api::ones(3);
  p = t.data();
  return p[0];
}

// Looks similar but is fine: the pointer itself is only compared after the release, not read.
bool pointerOnlyCompared() {
  api::Tensor t = api::ones(3);
  const float *p = t.data();
  api::release(t);
  return p != nullptr;
}
