// A helper that returns a tensor borrowed from, or viewing, one of its parameters is summarised
// like an annotated factory: the result depends on the argument at the call.
#include "tensorlife_test_api.h"

api::Tensor firstOutput(api::Session &s, api::Node n) { return s.run(n); }
api::Tensor wrap(api::HostBuffer &b) { return api::from_blob(b); }
const float *rawValues(const api::Tensor &t) { return t.data(); }
api::Tensor sumOf(const api::Tensor &a, const api::Tensor &b) { return a + b; }

void borrowedFromHelperReadAfterClose(api::Node n) {
  api::Session sess;
  api::Tensor out = firstOutput(sess, n);
  sess.close();
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
}

void viewFromHelperReadAfterFree() {
  api::HostBuffer buf(4);
  api::Tensor view = wrap(buf);
  buf.free();
  api::print(view);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'view' is read after buffer 'buf' was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'buf' was released here
}

float dataFromHelperReadAfterRelease() {
  api::Tensor t = api::ones(3);
  const float *p = rawValues(t);
  api::release(t);
  return p[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'p' is read after 't' was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't' was released here
}

void lazyResultFromHelper() {
  api::Tensor a = api::ones(3), b = api::ones(3);
  api::Tensor c = sumOf(a, b);
  api::release(b);
  api::print(c);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'c' is read after its input 'b' was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'b' was released here
}

// Looks similar but is fine: a helper that returns an owning clone.
api::Tensor ownedOutput(api::Session &s, api::Node n) { return s.run(n).clone(); }
void ownedFromHelper(api::Node n) {
  api::Session sess;
  api::Tensor out = ownedOutput(sess, n);
  sess.close();
  api::print(out);
}

// Looks similar but is fine: a helper whose result does not depend on its parameter.
api::Tensor freshLike(const api::Tensor &t) { return api::ones(t.size()); }
void independentResult() {
  api::Tensor t = api::ones(3);
  api::Tensor u = freshLike(t);
  api::release(t);
  api::print(u);
}
