// Brace-initialised struct members, and helpers that use or end a member of a struct parameter:
// a helper's summary speaks of its parameters' members (`kick(const Job &)` runs `j.sess`).
#include "tensorflow/c/c_api.h"

struct Job {
  TF_Session *sess;
  TF_Status *st;
};

void kick(const Job &j) {
  TF_Tensor *vals[1] = {nullptr};
  TF_SessionRun(j.sess, nullptr, nullptr, nullptr, 0, nullptr, vals, 1, nullptr, 0, nullptr, j.st);
}

void shutdown(Job &j) { TF_CloseSession(j.sess, j.st); }

void kickTwice(const Job &j) {
  kick(j);
  kick(j);
}

void kickIfOpen(const Job &j) {
  if (!j.sess)
    return;
  kick(j);
}

void closedThenKicked(TF_Graph *g, TF_SessionOptions *o, TF_Status *st) {
  Job j{TF_NewSession(g, o, st), st};
  TF_CloseSession(j.sess, st);
  kick(j);
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: session 'j.sess' is run after it was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'j.sess' was closed here
}

void shutDownByHelperThenKicked(TF_Graph *g, TF_SessionOptions *o, TF_Status *st) {
  Job j{TF_NewSession(g, o, st), st};
  shutdown(j);
  kickTwice(j);
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: session 'j.sess' is run after it was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'j.sess' was closed here
}

// Looks similar but is fine: kicked before the close.
void kickedBeforeClose(TF_Graph *g, TF_SessionOptions *o, TF_Status *st) {
  Job j{TF_NewSession(g, o, st), st};
  kick(j);
  TF_CloseSession(j.sess, st);
}

// Looks similar but is fine: the member gets a new session before the kick.
void newSessionBeforeKick(TF_Graph *g, TF_SessionOptions *o, TF_Status *st) {
  Job j{TF_NewSession(g, o, st), st};
  TF_CloseSession(j.sess, st);
  j.sess = TF_NewSession(g, o, st);
  kick(j);
}

// Looks similar but is fine: another job's session was closed.
void otherJobClosed(TF_Graph *g, TF_SessionOptions *o, TF_Status *st) {
  Job a{TF_NewSession(g, o, st), st};
  Job b{TF_NewSession(g, o, st), st};
  shutdown(b);
  kick(a);
}

// Looks similar but is fine: the member is nulled after the close, and the helper tests it.
void guardedHelper(TF_Graph *g, TF_SessionOptions *o, TF_Status *st) {
  Job j{TF_NewSession(g, o, st), st};
  shutdown(j);
  j.sess = nullptr;
  kickIfOpen(j);
}
