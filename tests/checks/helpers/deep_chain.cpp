// A long chain of helpers, each defined before its caller: each summary is computed once and
// cached, so the close ten helpers down is seen at the top-level call. (Computing summaries on
// demand is what the depth bound limits; a chain written callers-first may stop at the bound and
// stay silent there: that order is not specified here.) Nothing may crash or hang.
#include "tensorlife_test_api.h"

void deep10(api::Session &s) { s.close(); }
void deep9(api::Session &s) { deep10(s); }
void deep8(api::Session &s) { deep9(s); }
void deep7(api::Session &s) { deep8(s); }
void deep6(api::Session &s) { deep7(s); }
void deep5(api::Session &s) { deep6(s); }
void deep4(api::Session &s) { deep5(s); }
void deep3(api::Session &s) { deep4(s); }
void deep2(api::Session &s) { deep3(s); }
void deep1(api::Session &s) { deep2(s); }

void shallow2(api::Session &s) { s.close(); }
void shallow1(api::Session &s) { shallow2(s); }

void closedTenLevelsDown(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  deep1(sess);
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
}

void closedTwoLevelsDown(api::Node n) {
  api::Session sess;
  api::Tensor out = sess.run(n);
  shallow1(sess);
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was closed here
}
