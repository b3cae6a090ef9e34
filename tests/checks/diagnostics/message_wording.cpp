// The wording of each kind of cause: the object itself, an alias, a lazy input (one, two, three,
// upstream), a shared buffer, a view's buffer, a scope, a borrowed output's session.
#include "tensorlife_test_api.h"

void oneInput() {
  api::Tensor a = api::ones(3), b = api::ones(3);
  api::Tensor c = a + b;
  api::release(a);
  api::print(c);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'c' is read after its input 'a' was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'a' was released here
}

void threeInputs() {
  api::Tensor a = api::ones(3), b = api::ones(3), c = api::ones(3);
  api::Tensor d = api::add3(a, b, c);
  api::release(c);
  api::release(a);
  api::release(b);
  api::print(d);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'd' is read after its inputs 'c', 'a' and 'b' were released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-5]]:3: note: 'c' was released here
  // CHECK-NOTES: :[[@LINE-5]]:3: note: 'a' was released here
  // CHECK-NOTES: :[[@LINE-5]]:3: note: 'b' was released here
}

void upstreamInput() {
  api::Tensor a = api::ones(3), b = api::ones(3);
  api::Tensor c = a + b;
  api::Tensor d = api::scale(c, 2.0f);
  api::release(a);
  api::print(d);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'd' is read after its upstream input 'a' was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'a' was released here
}

void runAfterCloseOfAPointerHandle(api::Node n) {
  api::Session *sess = api::open_session();
  api::close_session(sess);
  api::Tensor out = sess->run(n);
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: session 'sess' is run after it was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: move the close after the last use, line [[#@LINE-3]]
  api::destroy_session(sess);
}

void runThroughAnAliasAfterDestroy(api::Node n) {
  api::Session *sess = api::open_session();
  api::Session &alias = *sess;
  api::destroy_session(sess);
  alias.run(n);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: session 'alias' is run after session 'sess' was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was destroyed here
}
