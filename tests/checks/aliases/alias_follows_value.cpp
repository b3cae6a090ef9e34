// A pointer handle copied from another follows the value, not the variable: re-pointing the
// source leaves the copy with the old object, and messages name the object that actually died.
#include "tensorflow/c/c_api.h"
#include "tensorlife_test_api.h"

void retiredSessionRun(TF_Graph *g, TF_SessionOptions *o, TF_Status *st, TF_Output *outs) {
  TF_Tensor *vals[1] = {nullptr};
  TF_Session *active = TF_NewSession(g, o, st);
  TF_Session *retired = active;
  active = TF_NewSession(g, o, st);
  TF_CloseSession(retired, st);
  TF_SessionRun(active, nullptr, nullptr, nullptr, 0, outs, vals, 1, nullptr, 0, nullptr, st);
  TF_SessionRun(retired, nullptr, nullptr, nullptr, 0, outs, vals, 1, nullptr, 0, nullptr, st);
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: session 'retired' is run after it was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: session 'retired' was closed here
  // CHECK-NOTES: :[[@LINE-5]]:3: note: move the close after the last use, line [[#@LINE-3]]
}

void outputOfTheOldSession(api::Node n) {
  api::Session *active = api::open_session();
  api::Tensor out = active->run(n);
  api::Session *retired = active;
  active = api::open_session();
  api::destroy_session(retired);
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'retired' was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'retired' was destroyed here
  api::run_session(active, n);
}

void closedBeforeTheCopy(api::Node n) {
  api::Session *active = api::open_session();
  api::close_session(active);
  api::Session *retired = active;
  active = api::open_session();
  api::run_session(active, n);
  api::run_session(retired, n);
  // CHECK-NOTES: :[[@LINE-1]]:20: warning: session 'retired' is run after session 'active' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-6]]:3: note: session 'active' was closed here
}

// Looks similar but is fine: the new session is closed, the retired one is still open.
void newSessionClosed(TF_Graph *g, TF_SessionOptions *o, TF_Status *st, TF_Output *outs) {
  TF_Tensor *vals[1] = {nullptr};
  TF_Session *active = TF_NewSession(g, o, st);
  TF_Session *retired = active;
  active = TF_NewSession(g, o, st);
  TF_CloseSession(active, st);
  TF_SessionRun(retired, nullptr, nullptr, nullptr, 0, outs, vals, 1, nullptr, 0, nullptr, st);
}

// Looks similar but is fine: two copies of the old value; the new value runs after one is closed.
void twoCopiesOfTheOldValue(api::Node n) {
  api::Session *active = api::open_session();
  api::Session *retired = active;
  api::Session *also = active;
  active = api::open_session();
  api::close_session(also);
  api::run_session(active, n);
}
