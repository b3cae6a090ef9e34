// A borrowed tensor stored in a container element keeps borrowing from its session. The
// container is followed as a whole: an element read after the end of what any element borrows
// from is reported when that element may have come from it.
#include "tensorlife_test_api.h"

#include <vector>

void elementReadAfterClose(api::Node n) {
  api::Session sess;
  std::vector<api::Tensor> outs;
  outs.push_back(sess.run(n));
  sess.close();
  api::print(outs[0]);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'outs[0]' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
}

void elementReadInLoopAfterClose(api::Node n) {
  api::Session sess;
  std::vector<api::Tensor> outs;
  for (int i = 0; i < 3; ++i)
    outs.push_back(sess.run(n));
  sess.close();
  for (const api::Tensor &t : outs)
    api::print(t);
  // CHECK-NOTES: :[[@LINE-1]]:16: warning: 't' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: session 'sess' was closed here
}

void elementStoredByIndex() {
  std::vector<api::Tensor> slots(2);
  api::Tensor t = api::ones(3);
  slots[1] = t;
  api::release(t);
  api::print(slots.back());
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'slots.back()' is read after 't', which shares its buffer, was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't' was released here
}

// Looks similar but is fine: the elements are owning clones.
void clonesInContainer(api::Node n) {
  api::Session sess;
  std::vector<api::Tensor> outs;
  outs.push_back(sess.run(n).clone());
  sess.close();
  api::print(outs[0]);
}

// Looks similar but is fine: every element is read before the close.
void readAllBeforeClose(api::Node n) {
  api::Session sess;
  std::vector<api::Tensor> outs;
  outs.push_back(sess.run(n));
  outs.push_back(sess.run(n));
  for (const api::Tensor &t : outs)
    api::print(t);
  sess.close();
}

// Looks similar but is fine: copied-out values, not tensors, are kept.
float valuesInContainer(api::Node n) {
  api::Session sess;
  std::vector<std::vector<float>> values;
  values.push_back(sess.run(n).to_vector());
  sess.close();
  return values[0][0];
}
