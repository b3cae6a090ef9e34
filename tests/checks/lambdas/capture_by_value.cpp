// A lambda that captures a tensor by value holds a copy, which shares the buffer (and borrows
// from the session): calling it after the end is a read after the end. A data pointer captured by
// value dangles all the same. Values copied out into an init-capture are fine. The warning is at
// the read in the body; a note after the end's shows the call that runs it.
#include "tensorlife_test_api.h"

#include <vector>

void copyCapturedThenClosed(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  auto show = [out] { api::print(out); };
  // CHECK-NOTES: :[[@LINE-1]]:34: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE+2]]:3: note: session 'sess' was closed here
  // CHECK-NOTES: :[[@LINE+2]]:3: note: the lambda is called here
  sess.close();
  show();
}

void pointerCapturedThenReleased() {
  api::Tensor t = api::ones(3);
  const float *p = t.data();
  auto first = [p] { return p[0]; };
  // CHECK-NOTES: :[[@LINE-1]]:29: warning: 'p' is read after 't' was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE+2]]:3: note: 't' was released here
  // CHECK-NOTES: :[[@LINE+2]]:13: note: the lambda is called here
  api::release(t);
  float x = first();
  (void)x;
}

void defaultCopyCaptureOfAView() {
  api::HostBuffer buf(4);
  api::Tensor view = api::from_blob(buf);
  auto sum = [=] { return view.at(0) + view.at(1); };
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: 'view' is read after buffer 'buf' was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE+5]]:3: note: buffer 'buf' was released here
  // CHECK-NOTES: :[[@LINE+5]]:13: note: the lambda is called here
  // CHECK-NOTES: :[[@LINE-4]]:40: warning: 'view' is read after buffer 'buf' was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE+2]]:3: note: buffer 'buf' was released here
  // CHECK-NOTES: :[[@LINE+2]]:13: note: the lambda is called here
  buf.free();
  float s = sum();
  (void)s;
}

// Looks similar but is fine: the values are copied out when the lambda is made.
void valuesCapturedByInitCapture(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  auto total = [values = out.to_vector()] { return values.empty() ? 0.0f : values[0]; };
  sess.close();
  float x = total();
  (void)x;
}

// Looks similar but is fine: an owning clone is captured.
void cloneCaptured(api::Node n) {
  api::Session sess;
  auto show = [owned = sess.run(n).clone()] { api::print(owned); };
  sess.close();
  show();
}
