// A realistic eager-mode training loop: each step runs under a tape scope, builds lazy results,
// releases intermediates early to save memory, and logs metrics. Bugs: a loss kept past its
// step's tape, a lazy metric read after its inputs were released by a cleanup helper, and a
// running average that aliases a tensor released at the end of the previous step. The correct
// versions (keep(), materialise before release, clone) stay silent.
// XFAIL: a helper's result_in_scope allocation is not attributed to the caller's scope
#include "tensorlife_test_api.h"

#include <vector>

namespace {

struct Batch {
  api::Tensor Inputs;
  api::Tensor Targets;
};

Batch nextBatch(int step);
void logScalar(const char *name, float value);

// Frees an intermediate early.
void freeEarly(api::Tensor &t) { api::release(t); }

api::Tensor forward(const api::Tensor &inputs, const api::Tensor &weights) {
  api::Tensor hidden = api::add(inputs, weights);
  return api::scale(hidden, 0.5f);
}

api::Tensor lossOf(const api::Tensor &prediction, const api::Tensor &targets) {
  return api::add(prediction, api::scale(targets, -1.0f));
}

float lastLossEscapesTheTape(api::Tensor &weights, int steps) {
  api::Tensor lastLoss;
  for (int step = 0; step < steps; ++step) {
    api::Scope tape;
    Batch batch = nextBatch(step);
    api::Tensor prediction = forward(batch.Inputs, weights);
    lastLoss = lossOf(prediction, batch.Targets);
  }
  return lastLoss.at(0);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'lastLoss' is read after scope 'tape' ended [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: scope 'tape' ended here
}

// Looks similar but is fine: the loss is kept out of the tape before the step ends.
float lastLossKept(api::Tensor &weights, int steps) {
  api::Tensor lastLoss = api::zeros(1);
  for (int step = 0; step < steps; ++step) {
    api::Scope tape;
    Batch batch = nextBatch(step);
    api::Tensor prediction = forward(batch.Inputs, weights);
    lastLoss = tape.keep(lossOf(prediction, batch.Targets));
  }
  return lastLoss.at(0);
}

void metricAfterCleanup(const api::Tensor &weights) {
  Batch batch = nextBatch(0);
  api::Tensor prediction = forward(batch.Inputs, weights);
  api::Tensor error = api::add(prediction, batch.Targets);
  freeEarly(prediction);
  freeEarly(batch.Targets);
  logScalar("error", error.at(0));
  // CHECK-NOTES: :[[@LINE-1]]:22: warning: 'error' is read after its inputs 'prediction' and 'batch.Targets' were released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'prediction' was released here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'batch.Targets' was released here
}

// Looks similar but is fine: the metric is materialised (read) before the cleanup.
void metricBeforeCleanup(const api::Tensor &weights) {
  Batch batch = nextBatch(0);
  api::Tensor prediction = forward(batch.Inputs, weights);
  api::Tensor error = api::add(prediction, batch.Targets);
  float value = error.at(0);
  freeEarly(prediction);
  freeEarly(batch.Targets);
  logScalar("error", value);
  api::print(error);
}

float runningAverageAliasesReleasedStep(const api::Tensor &weights, int steps) {
  api::Tensor average = api::zeros(1);
  api::Tensor stepLoss = api::zeros(1);
  for (int step = 0; step < steps; ++step) {
    Batch batch = nextBatch(step);
    average = api::add(average, stepLoss);
    stepLoss = lossOf(forward(batch.Inputs, weights), batch.Targets);
    api::print(stepLoss);
    // Frees the step's loss, but `average` of the next step still reads it lazily.
    api::release(stepLoss);
  }
  return average.at(0);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'average' is read after its input 'stepLoss' was released [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:5: note: 'stepLoss' was released here
}

// Looks similar but is fine: the average is materialised each step, before the release.
float runningAverage(const api::Tensor &weights, int steps) {
  api::Tensor average = api::zeros(1);
  for (int step = 0; step < steps; ++step) {
    Batch batch = nextBatch(step);
    api::Tensor stepLoss = lossOf(forward(batch.Inputs, weights), batch.Targets);
    average = api::add(average, stepLoss).clone();
    api::release(stepLoss);
  }
  return average.at(0);
}

// Looks similar but is fine: gradients of each step live and die inside the step's tape.
void trainEpoch(api::Tensor &weights, int steps) {
  for (int step = 0; step < steps; ++step) {
    api::Scope tape;
    Batch batch = nextBatch(step);
    api::Tensor prediction = forward(batch.Inputs, weights);
    api::Tensor loss = lossOf(prediction, batch.Targets);
    api::Tensor gradient = api::scale(loss, 0.01f);
    logScalar("loss", loss.at(0));
    weights = tape.keep(api::add(weights, gradient));
  }
}

} // namespace

int main() {
  api::Tensor weights = api::ones(8);
  trainEpoch(weights, 10);
  float a = lastLossKept(weights, 3);
  metricBeforeCleanup(weights);
  float b = runningAverage(weights, 5);
  api::print(weights);
  return static_cast<int>(a + b);
}
