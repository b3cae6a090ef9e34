// A realistic TFLite-style inference loop: create an interpreter through the C-style API, fill
// the input through a data pointer, resize for a new input shape, read the outputs, tear down.
// Bugs: an input pointer cached across resize_input/allocate_tensors, outputs read after the
// interpreter is deleted on the early-exit path, and a view over the arena used after the
// std::unique_ptr owning the interpreter went out of scope. The correct twins stay silent.
// XFAIL: a unique_ptr with a deleter struct does not end the interpreter's views
#include "tensorlife_test_api.h"

#include <memory>
#include <vector>

namespace {

struct InterpreterDeleter {
  void operator()(api::Interpreter *interp) const { api::delete_interpreter(interp); }
};
using InterpreterPtr = std::unique_ptr<api::Interpreter, InterpreterDeleter>;

bool shapeChanged(std::size_t n);
void fill(float *dst, const std::vector<float> &src);

float checksum(const float *values, std::size_t n) { return api::sum(values, n); }

float runWithStaleInput(api::Interpreter *interp, const std::vector<float> &frame) {
  interp->allocate_tensors();
  float *in = const_cast<float *>(interp->input(0)->data());
  if (shapeChanged(frame.size())) {
    interp->resize_input(0, frame.size());
    interp->allocate_tensors();
  }
  float before = checksum(in, frame.size());
  // CHECK-NOTES: :[[@LINE-1]]:27: warning: 'in' is read after session 'interp' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-5]]:5: note: session 'interp' was reallocated here
  // CHECK-NOTES: :[[@LINE-7]]:7: note: assuming this condition is true
  // CHECK-NOTES: :[[@LINE-6]]:5: note: session 'interp' was reallocated here
  // CHECK-NOTES: :[[@LINE-9]]:7: note: assuming this condition is true
  interp->invoke();
  return before + interp->output(0)->at(0);
}

// Looks similar but is fine: the input pointer is fetched after the last re-allocation.
float runWithFreshInput(api::Interpreter *interp, const std::vector<float> &frame) {
  if (shapeChanged(frame.size()))
    interp->resize_input(0, frame.size());
  interp->allocate_tensors();
  float *in = const_cast<float *>(interp->input(0)->data());
  fill(in, frame);
  float before = checksum(in, frame.size());
  interp->invoke();
  return before + interp->output(0)->at(0);
}

float classifyOnce(const std::vector<float> &frame, bool abortEarly) {
  api::Interpreter *interp = api::new_interpreter();
  interp->allocate_tensors();
  api::Tensor *out = interp->output(0);
  fill(const_cast<float *>(interp->input(0)->data()), frame);
  interp->invoke();
  if (abortEarly)
    api::delete_interpreter(interp);
  float score = out->at(0);
  // CHECK-NOTES: :[[@LINE-1]]:17: warning: 'out' is read after session 'interp' was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:5: note: session 'interp' was destroyed here
  // CHECK-NOTES: :[[@LINE-5]]:7: note: assuming this condition is true
  if (!abortEarly)
    api::delete_interpreter(interp);
  return score;
}

// Looks similar but is fine: the score is read before either delete.
float classifyOnceFixed(const std::vector<float> &frame, bool abortEarly) {
  api::Interpreter *interp = api::new_interpreter();
  interp->allocate_tensors();
  api::Tensor *out = interp->output(0);
  fill(const_cast<float *>(interp->input(0)->data()), frame);
  interp->invoke();
  float score = out->at(0);
  api::delete_interpreter(interp);
  return abortEarly ? 0.0f : score;
}

float outputViewOutlivesOwner(const std::vector<float> &frame) {
  api::Tensor scores;
  {
    InterpreterPtr interp(api::new_interpreter());
    interp->allocate_tensors();
    fill(const_cast<float *>(interp->input(0)->data()), frame);
    interp->invoke();
    float *raw = const_cast<float *>(interp->output(0)->data());
    scores = api::from_data(raw, 10);
  }
  return scores.at(0);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'scores' is read after session 'interp' was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'interp' was destroyed here
}

// Looks similar but is fine: the scores are copied out while the interpreter lives.
std::vector<float> outputCopiedOut(const std::vector<float> &frame) {
  std::vector<float> scores;
  {
    InterpreterPtr interp(api::new_interpreter());
    interp->allocate_tensors();
    fill(const_cast<float *>(interp->input(0)->data()), frame);
    interp->invoke();
    scores = interp->output(0)->to_vector();
  }
  return scores;
}

// Looks similar but is fine: a stream of frames, the interpreter re-allocated only when the shape
// changes, and the input pointer re-fetched every frame.
float runStream(const std::vector<std::vector<float>> &frames) {
  InterpreterPtr interp(api::new_interpreter());
  interp->allocate_tensors();
  float total = 0;
  for (const std::vector<float> &frame : frames) {
    if (shapeChanged(frame.size())) {
      interp->resize_input(0, frame.size());
      interp->allocate_tensors();
    }
    float *in = const_cast<float *>(interp->input(0)->data());
    fill(in, frame);
    interp->invoke();
    total += interp->output(0)->at(0);
  }
  return total;
}

} // namespace

int main() {
  std::vector<std::vector<float>> frames(4, std::vector<float>(16, 0.5f));
  api::Interpreter *interp = api::new_interpreter();
  float a = runWithFreshInput(interp, frames[0]);
  api::delete_interpreter(interp);
  float b = classifyOnceFixed(frames[1], false);
  std::vector<float> c = outputCopiedOut(frames[2]);
  return static_cast<int>(a + b + runStream(frames) + c.size());
}
