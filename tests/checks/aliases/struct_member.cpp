// A borrowed tensor stored in a field of a local struct keeps borrowing from its session: reading
// the field after the close is reported, named by the field's source text (also when it is set by
// aggregate initialisation or reached through a pointer to the struct).
#include "tensorlife_test_api.h"

struct Result {
  api::Tensor Logits;
  int Label = 0;
};

void fieldReadAfterClose(api::Node n) {
  api::Session sess;
  Result r;
  r.Logits = sess.run(n);
  sess.close();
  api::print(r.Logits);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'r.Logits' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
}

void fieldInitialisedInAggregate(api::Node n) {
  api::Session sess;
  Result r{sess.run(n), 1};
  sess.close();
  float x = r.Logits.at(0);
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: 'r.Logits' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
  (void)x;
}

void fieldThroughStructPointer(api::Node n) {
  api::Session sess;
  Result r;
  Result *rp = &r;
  rp->Logits = sess.run(n);
  sess.close();
  api::print(rp->Logits);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'rp->Logits' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
}

// Looks similar but is fine: the field is re-assigned an owning copy before the close.
void fieldReplacedByClone(api::Node n) {
  api::Session sess;
  Result r;
  r.Logits = sess.run(n);
  r.Logits = r.Logits.clone();
  sess.close();
  api::print(r.Logits);
}

// Looks similar but is fine: only the untracked field is read after the close.
int otherFieldAfterClose(api::Node n) {
  api::Session sess;
  Result r;
  r.Logits = sess.run(n);
  r.Label = 3;
  sess.close();
  return r.Label;
}

// Looks similar but is fine: two structs; the field of the one filled from a live session is read.
void otherStructsField(api::Node n) {
  api::Session closed;
  api::Session open;
  Result a, b;
  a.Logits = closed.run(n);
  b.Logits = open.run(n);
  closed.close();
  api::print(b.Logits);
}

// Looks similar but is fine: the struct pointer is re-pointed at another struct before the read.
void structPointerRepointed(api::Node n) {
  api::Session sess;
  Result a, b;
  Result *rp = &a;
  rp->Logits = sess.run(n);
  rp = &b;
  sess.close();
  api::print(rp->Logits);
}
