// std::unique_ptr with a custom deleter that closes or deletes a session or an interpreter: the
// pointer's destruction (or reset) ends the session, as with the default deleter.
#include "tensorlife_test_api.h"

#include <memory>

void outputEscapesDeleterFunction(api::Node n) {
  api::Tensor out;
  {
    std::unique_ptr<api::Session, void (*)(api::Session *)> sess(api::open_session(),
                                                                 api::destroy_session);
    out = sess->run(n);
  }
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was destroyed here
}

struct CloseAndDelete {
  void operator()(api::Session *s) const {
    api::close_session(s);
    api::destroy_session(s);
  }
};

void outputReadAfterResetWithDeleterObject(api::Node n) {
  std::unique_ptr<api::Session, CloseAndDelete> sess(api::open_session());
  api::Tensor out = sess->run(n);
  sess.reset();
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'sess' was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was destroyed here
}

float inputDataAfterInterpreterDeleted() {
  auto deleter = [](api::Interpreter *i) { api::delete_interpreter(i); };
  const float *p = nullptr;
  {
    std::unique_ptr<api::Interpreter, decltype(deleter)> interp(api::new_interpreter(), deleter);
    interp->allocate_tensors();
    p = interp->input(0)->data();
  }
  return p[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'p' is read after session 'interp' was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'interp' was destroyed here
}

// Looks similar but is fine: everything is read inside the block that owns the session.
void readInsideTheBlock(api::Node n) {
  std::unique_ptr<api::Session, void (*)(api::Session *)> sess(api::open_session(),
                                                               api::destroy_session);
  api::Tensor out = sess->run(n);
  api::print(out);
}

// Looks similar but is fine: the values are copied out before the interpreter goes.
std::vector<float> copiedOutOfInterpreter() {
  auto deleter = [](api::Interpreter *i) { api::delete_interpreter(i); };
  std::vector<float> values;
  {
    std::unique_ptr<api::Interpreter, decltype(deleter)> interp(api::new_interpreter(), deleter);
    interp->allocate_tensors();
    interp->invoke();
    values = interp->output(0)->to_vector();
  }
  return values;
}
