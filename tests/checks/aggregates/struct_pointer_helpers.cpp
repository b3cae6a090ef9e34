// Members reached through a pointer to a struct: a helper taking `Job *` is summarised over the
// pointed-to struct's members like one taking `Job &`, and a local pointer to a struct reaches
// its members.
#include "tensorflow/c/c_api.h"

struct Job {
  TF_Session *sess;
  TF_Status *st;
};

void kick(const Job *j) {
  TF_Tensor *vals[1] = {nullptr};
  TF_SessionRun(j->sess, nullptr, nullptr, nullptr, 0, nullptr, vals, 1, nullptr, 0, nullptr, j->st);
}

void shutdown(Job *j) { TF_CloseSession(j->sess, j->st); }

void kickThrough(const Job *j) { kick(j); }

void renewAndKick(Job *j, TF_Graph *g, TF_SessionOptions *o) {
  j->sess = TF_NewSession(g, o, j->st);
  kick(j);
}

void kickIfOpen(const Job *j) {
  if (!j->sess)
    return;
  kick(j);
}

void closedThenKickedByAddress(TF_Graph *g, TF_SessionOptions *o, TF_Status *st) {
  Job j{TF_NewSession(g, o, st), st};
  TF_CloseSession(j.sess, st);
  kick(&j);
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: session 'j.sess' is run after it was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'j.sess' was closed here
}

void closedThenKickedByPointer(TF_Graph *g, TF_SessionOptions *o, TF_Status *st) {
  Job j{TF_NewSession(g, o, st), st};
  Job *p = &j;
  shutdown(p);
  kickThrough(&j);
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: session 'j.sess' is run after it was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'j.sess' was closed here
}

void closedThenKickedThroughLocalPointer(TF_Graph *g, TF_SessionOptions *o, TF_Status *st) {
  Job j{TF_NewSession(g, o, st), st};
  Job *p = &j;
  TF_CloseSession(j.sess, st);
  kick(p);
  // CHECK-NOTES: :[[@LINE-1]]:8: warning: session 'j.sess' is run after it was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'j.sess' was closed here
}

void closedThroughPointerThenRun(TF_Graph *g, TF_SessionOptions *o, TF_Status *st) {
  Job j{TF_NewSession(g, o, st), st};
  Job *p = &j;
  TF_CloseSession(p->sess, st);
  TF_Tensor *vals[1] = {nullptr};
  TF_SessionRun(j.sess, nullptr, nullptr, nullptr, 0, nullptr, vals, 1, nullptr, 0, nullptr, st);
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: session 'j.sess' is run after it was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: session 'j.sess' was closed here
}

// Looks similar but is fine: the helper gives the member a new session before running it.
void renewedByHelper(TF_Graph *g, TF_SessionOptions *o, TF_Status *st) {
  Job j{TF_NewSession(g, o, st), st};
  TF_CloseSession(j.sess, st);
  renewAndKick(&j, g, o);
}

// Looks similar but is fine: the member is nulled after the close, and the helper tests it.
void guardedHelper(TF_Graph *g, TF_SessionOptions *o, TF_Status *st) {
  Job j{TF_NewSession(g, o, st), st};
  shutdown(&j);
  j.sess = nullptr;
  kickIfOpen(&j);
}

// Looks similar but is fine: the pointer is to another job.
void otherJobClosed(TF_Graph *g, TF_SessionOptions *o, TF_Status *st) {
  Job a{TF_NewSession(g, o, st), st};
  Job b{TF_NewSession(g, o, st), st};
  Job *p = &b;
  shutdown(p);
  kick(&a);
}

// Looks similar but is fine: a null pointer reaches no job.
void nullJob(TF_Graph *g, TF_SessionOptions *o, TF_Status *st) {
  Job j{TF_NewSession(g, o, st), st};
  TF_CloseSession(j.sess, st);
  kick(nullptr);
}

// Looks similar but is fine: the pointer is re-pointed at another job before the kick.
void repointed(TF_Graph *g, TF_SessionOptions *o, TF_Status *st) {
  Job a{TF_NewSession(g, o, st), st};
  Job b{TF_NewSession(g, o, st), st};
  Job *p = &a;
  shutdown(p);
  p = &b;
  kick(p);
}

// Looks similar but is fine: the local pointer reaches another job's session after re-pointing.
void repointedLocalPointer(TF_Graph *g, TF_SessionOptions *o, TF_Status *st) {
  Job a{TF_NewSession(g, o, st), st};
  Job b{TF_NewSession(g, o, st), st};
  Job *p = &a;
  TF_CloseSession(p->sess, st);
  p = &b;
  TF_Tensor *vals[1] = {nullptr};
  TF_SessionRun(p->sess, nullptr, nullptr, nullptr, 0, nullptr, vals, 1, nullptr, 0, nullptr, st);
}

// Looks similar but is fine: the helper re-points its parameter at another job before the kick
// (its summary says nothing of the caller's job after that).
void closeThenKickOther(Job *j, Job *other) {
  TF_CloseSession(j->sess, j->st);
  j = other;
  kick(j);
}
