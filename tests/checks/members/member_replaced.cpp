// Assigning over a member session (or smart pointer) in a member function replaces it: what the
// old one handed out, and is read later in the same function, dangles.
#include "tensorlife_test_api.h"

#include <memory>

class Service {
public:
  void restartKeepsOldOutput(api::Node n) {
    api::Tensor out = Sess.run(n);
    Sess = api::Session();
    api::print(out);
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: 'out' is read after session 'Sess' was replaced [tensorlife-use-after-close]
    // CHECK-NOTES: :[[@LINE-3]]:5: note: session 'Sess' was replaced here
  }

  void pointerMemberReplaced(api::Node n) {
    api::Tensor out = Backend->run(n);
    Backend = std::make_unique<api::Session>();
    api::print(out);
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: 'out' is read after session 'Backend' was replaced [tensorlife-use-after-close]
    // CHECK-NOTES: :[[@LINE-3]]:5: note: session 'Backend' was replaced here
  }

  // Looks similar but is fine: the output is copied out before the restart.
  std::vector<float> restartAfterCopyOut(api::Node n) {
    std::vector<float> values = Sess.run(n).to_vector();
    Sess = api::Session();
    return values;
  }

  // Looks similar but is fine: the member is re-created, then run.
  void resetThenRecreate(api::Node n) {
    Backend.reset();
    Backend = std::make_unique<api::Session>();
    api::print(Backend->run(n));
  }

private:
  api::Session Sess;
  std::unique_ptr<api::Session> Backend;
};
