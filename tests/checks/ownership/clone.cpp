// clone() makes an owning deep copy: it survives the close of the session, the release of the
// original, the destruction of the buffer under a view, and the end of the scope.
#include "tensorlife_test_api.h"

// Looks similar but is fine: a clone of a borrowed output.
void cloneOutlivesSession(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n).clone();
  sess.close();
  api::print(out);
}

// Looks similar but is fine: a clone of a view.
void cloneOutlivesBuffer() {
  api::Tensor kept;
  {
    api::HostBuffer buf(3);
    api::Tensor view = api::from_blob(buf);
    kept = view.clone();
  }
  api::print(kept);
}

// Looks similar but is fine: a clone of a lazy result outlives its inputs.
void cloneOutlivesInputs() {
  api::Tensor a = api::ones(3), b = api::ones(3);
  api::Tensor c = (a + b).clone();
  api::release(a);
  api::release(b);
  api::print(c);
}

// A plain copy (not a clone) still borrows.
void copyInsteadOfClone(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  api::Tensor copy = out;
  sess.close();
  api::print(copy);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'copy' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
}

// Cloning after the close is itself a read after the close.
void cloneAfterClose(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  sess.close();
  api::Tensor late = out.clone();
  // CHECK-NOTES: :[[@LINE-1]]:22: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
  api::print(late);
}
