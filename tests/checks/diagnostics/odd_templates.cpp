// Templates: uninstantiated templates are not analysed; each instantiation is, and a bug in the
// template's code is reported once at its source location however many instantiations have it.
// A variadic helper template (a fold expression) is summarised like any helper. Nothing here may
// crash the check.
#include "tensorlife_test_api.h"

#include <utility>

template <class SessionT> void closeThenRead(SessionT &s, api::Node n) {
  api::Tensor out = s.run(n);
  s.close();
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 's' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 's' was closed here
}

template <class T> void neverInstantiated(T &s, api::Node n) {
  auto out = s.run(n);
  s.close();
  api::print(out);
}

template <class... Ts> void releaseAll(Ts &...ts) { (api::release(ts), ...); }

template <int N> float readAfterN(api::Tensor t) {
  if constexpr (N > 0)
    api::release(t);
  return t.at(0);
}

template <class T> struct Holder {
  T Value;
  template <class U> U get() const { return U(Value); }
};

void instantiate(api::Node n) {
  api::Session a, b;
  closeThenRead(a, n);
  closeThenRead(b, n);
  api::Tensor x = api::ones(3), y = api::ones(3);
  releaseAll(x, y);
  Holder<int> h{3};
  (void)h.get<long>();
  (void)readAfterN<0>(x);
  // CHECK-NOTES: :[[@LINE-1]]:23: warning: 'x' is read after it was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-5]]:3: note: 'x' was released here
}

// Looks similar but is fine: a generic lambda that reads before the close.
void genericLambda(api::Node n) {
  api::Session sess;
  auto show = [](const auto &t) { api::print(t); };
  show(sess.run(n));
  sess.close();
}
