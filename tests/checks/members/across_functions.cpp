// A member closed in one member function and used in another: member functions are summarised
// over `this`'s members, so the caller's sequence of calls is checked. What a member function
// leaves in another member (an output borrowed from the member session) is not summarised: a
// read of that output after the close stays silent (a documented limit).
#include "tensorlife_test_api.h"

class Model {
public:
  void load(api::Node n) { Out = Sess.run(n); }
  void shutdown() { Sess.close(); }
  void reopen() { Sess = api::Session(); }
  // Not reported: shutdown() may or may not have been called before.
  void report() { api::print(Out); }
  api::Tensor predict(api::Node n) { return Sess.run(n); }
  api::Tensor restartAndPredict(api::Node n) {
    shutdown();
    return predict(n);
    // CHECK-NOTES: :[[@LINE-1]]:12: warning: session 'Sess' is run after it was closed [tensorlife-use-after-close]
    // CHECK-NOTES: :[[@LINE-3]]:5: note: session 'Sess' was closed here
  }

private:
  api::Session Sess;
  api::Tensor Out;
};

void lifecycle(api::Node n) {
  Model m;
  m.load(n);
  m.shutdown();
  m.report(); // not reported: Out's dependence on Sess is left inside load()
  api::print(m.predict(n));
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: session 'm.Sess' is run after it was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: session 'm.Sess' was closed here
}

// Looks similar but is fine: the session is re-opened between the close and the run.
void reopenedBetween(api::Node n) {
  Model m;
  m.shutdown();
  m.reopen();
  api::print(m.predict(n));
}

// Looks similar but is fine: the other model's session was closed.
void otherModelClosed(api::Node n) {
  Model a, b;
  a.shutdown();
  api::print(b.predict(n));
}

// Looks similar but is fine: the model is replaced by a fresh one after the close.
void replacedModel(api::Node n) {
  Model m;
  m.shutdown();
  m = Model();
  api::print(m.predict(n));
}
