// Within one member function, member state is tracked like locals: a member session closed and
// then run, or its output read, in the same function is reported, named by the member.
#include "tensorlife_test_api.h"

class Runner {
public:
  void closeThenRead(api::Node n) {
    Last = Sess.run(n);
    Sess.close();
    api::print(Last);
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: 'Last' is read after session 'Sess' was closed [tensorlife-use-after-close]
    // CHECK-NOTES: :[[@LINE-3]]:5: note: session 'Sess' was closed here
  }

  void closeThenRun(api::Node n) {
    Sess.close();
    Sess.run(n);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: session 'Sess' is run after it was closed [tensorlife-use-after-close]
    // CHECK-NOTES: :[[@LINE-3]]:5: note: session 'Sess' was closed here
  }

  void localOutputOfMemberSession(api::Node n) {
    api::Tensor out = Sess.run(n);
    Sess.close();
    float x = out.at(0);
    // CHECK-NOTES: :[[@LINE-1]]:15: warning: 'out' is read after session 'Sess' was closed [tensorlife-use-after-close]
    // CHECK-NOTES: :[[@LINE-3]]:5: note: session 'Sess' was closed here
    (void)x;
  }

  void memberTensorReleased() {
    Cache = api::ones(3);
    api::release(Cache);
    api::print(Cache);
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: 'Cache' is read after it was released [tensorlife-use-after-release]
    // CHECK-NOTES: :[[@LINE-3]]:5: note: 'Cache' was released here
  }

  // Looks similar but is fine: read before the close.
  void readThenClose(api::Node n) {
    Last = Sess.run(n);
    api::print(Last);
    Sess.close();
  }

  // Looks similar but is fine: a new session is assigned to the member before the run.
  void reopenThenRun(api::Node n) {
    Sess.close();
    Sess = api::Session();
    api::print(Sess.run(n));
  }

private:
  api::Session Sess;
  api::Tensor Last;
  api::Tensor Cache;
};
