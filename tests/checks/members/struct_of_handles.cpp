// A plain struct holding a session and its outputs, used through a local variable or a
// reference parameter within one function: fields are tracked like locals.
#include "tensorlife_test_api.h"

struct Pipeline {
  api::Session Sess;
  api::Tensor Features;
  api::Tensor Scores;
};

void closeThenReadField(Pipeline &p, api::Node n) {
  p.Features = p.Sess.run(n);
  p.Sess.close();
  api::print(p.Features);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'p.Features' is read after session 'p.Sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'p.Sess' was closed here
}

void lazyFieldAfterInputReleased(Pipeline &p) {
  p.Features = api::ones(4);
  p.Scores = api::scale(p.Features, 2.0f);
  api::release(p.Features);
  api::print(p.Scores);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'p.Scores' is read after its input 'p.Features' was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'p.Features' was released here
}

// Looks similar but is fine: the scores are materialised before the features are released.
void materialisedField(Pipeline &p) {
  p.Features = api::ones(4);
  p.Scores = api::scale(p.Features, 2.0f);
  api::print(p.Scores);
  api::release(p.Features);
  api::print(p.Scores);
}

// Looks similar but is fine: two pipelines; the other one's session is closed.
void otherPipelineClosed(Pipeline &a, Pipeline &b, api::Node n) {
  a.Features = a.Sess.run(n);
  b.Sess.close();
  api::print(a.Features);
}
