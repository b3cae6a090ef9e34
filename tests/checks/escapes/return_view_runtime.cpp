// The bundled runtime: a helper that returns a view over its own local HostBuffer (or a lazy
// result reading one, a tensor allocated in its local scope, an output borrowed from its local
// session) hands out a tensor that dies when it returns.
#include "tlrt/tlrt.h"

#include <vector>

tlrt::Tensor loadPixels() {
  tlrt::HostBuffer buf(std::vector<float>{0.1f, 0.2f, 0.3f, 0.4f});
  tlrt::Tensor pixels = tlrt::from_blob(buf);
  return pixels;
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: returned tensor 'pixels' views buffer 'buf', which is destroyed when 'loadPixels' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:20: note: buffer 'buf' is a local of 'loadPixels', declared here
}

tlrt::Tensor normalised() {
  tlrt::HostBuffer buf(std::vector<float>{1, 2, 3, 4});
  tlrt::Tensor pixels = tlrt::from_blob(buf);
  return tlrt::scale(pixels, 0.5f);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: returned tensor 'tlrt::scale(pixels, 0.5f)' views buffer 'buf', which is destroyed when 'normalised' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:20: note: buffer 'buf' is a local of 'normalised', declared here
}

tlrt::Tensor inLocalScope() {
  tlrt::Scope scope;
  return tlrt::ones(3);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: returned tensor 'tlrt::ones(3)' is allocated in scope 'scope', which ends when 'inLocalScope' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:15: note: scope 'scope' is a local of 'inLocalScope', declared here
}

tlrt::Tensor fromLocalSession(const tlrt::Graph &g, tlrt::Node n) {
  tlrt::Session sess(g);
  return sess.run(n);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: returned tensor 'sess.run(n)' is borrowed from session 'sess', which is destroyed when 'fromLocalSession' returns [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:17: note: session 'sess' is a local of 'fromLocalSession', declared here
}

// Looks similar but is fine: an owning copy leaves, made while the buffer lives.
tlrt::Tensor loadCopy() {
  tlrt::HostBuffer buf(std::vector<float>{0.1f, 0.2f});
  return tlrt::from_blob(buf).clone();
}

// Looks similar but is fine: the buffer is the caller's.
tlrt::Tensor viewOf(tlrt::HostBuffer &buf) { return tlrt::from_blob(buf); }

// Looks similar but is fine: a tensor made outside any scope of the helper.
tlrt::Tensor fresh() { return tlrt::ones(3); }

// Looks similar but is fine: the scope is the caller's (the tensor is made in it).
tlrt::Tensor keepOutside(tlrt::Scope &outer) {
  tlrt::Tensor t = tlrt::ones(2);
  return t;
}

// Looks similar but is fine: the values are copied out while the buffer lives.
std::vector<float> valuesOf() {
  tlrt::HostBuffer buf(std::vector<float>{1, 2});
  return tlrt::from_blob(buf).to_vector();
}
