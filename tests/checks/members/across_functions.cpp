// A member closed in one member function and used in another is not tracked across functions:
// which calls happen in which order between member functions is not known from one function.
// This is a documented limit: these uses are not reported (and must not crash the check).
#include "tensorlife_test_api.h"

class Model {
public:
  void load(api::Node n) { Out = Sess.run(n); }
  void shutdown() { Sess.close(); }
  // Not reported: shutdown() may or may not have been called before.
  void report() { api::print(Out); }
  api::Tensor predict(api::Node n) { return Sess.run(n); }

private:
  api::Session Sess;
  api::Tensor Out;
};

// Not reported either: the caller sees calls to unannotated member functions of a class that is
// not itself tracked.
void lifecycle(api::Node n) {
  Model m;
  m.load(n);
  m.shutdown();
  m.report();
  api::print(m.predict(n));
}
