// A realistic image classifier: decode an image into a std::vector, wrap it without copying,
// normalise it with lazy ops, run a session, post-process the logits. Three lifetime bugs hide in
// ordinary-looking code (a decoded buffer that dies with its helper block, logits read after an
// error path closed the session, a data pointer kept across a session restart); the rest is the
// correct version of the same patterns and must stay silent.
#include "tensorlife_test_api.h"

#include <memory>
#include <utility>
#include <vector>

namespace {

struct Image {
  int Width = 0;
  int Height = 0;
  std::vector<float> Pixels;
};

Image decode(const std::vector<unsigned char> &bytes);
bool looksCorrupt(const api::Tensor &logits);
void logLabel(int label, float score);

constexpr std::size_t NumClasses = 10;

// Top-1 over a raw pointer into the logits.
int argmax(const float *values, std::size_t n, float *best) {
  int label = 0;
  *best = values[0];
  for (std::size_t i = 1; i < n; ++i)
    if (values[i] > *best) {
      *best = values[i];
      label = static_cast<int>(i);
    }
  return label;
}

// Looks similar but is fine: the image keeps its pixels alive while the view is read.
api::Tensor normalise(const api::Tensor &pixels) {
  api::Tensor centred = api::add(pixels, api::ones(pixels.size()));
  return api::scale(centred, 1.0f / 255.0f);
}

api::Tensor loadPixelsTooEarly(const std::vector<unsigned char> &bytes) {
  api::Tensor pixels;
  {
    std::vector<float> decoded = decode(bytes).Pixels;
    pixels = api::from_data(decoded.data(), decoded.size());
  }
  api::print(pixels);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'pixels' is read after buffer 'decoded' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'decoded' was destroyed here
  return pixels.clone();
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'pixels' is read after buffer 'decoded' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-6]]:3: note: buffer 'decoded' was destroyed here
}

// Looks similar but is fine: the decoded image outlives the view, and the view is cloned before
// the image goes.
api::Tensor loadPixels(const std::vector<unsigned char> &bytes) {
  Image image = decode(bytes);
  api::Tensor view = api::from_data(image.Pixels.data(), image.Pixels.size());
  return normalise(view).clone();
}

int classifyWithErrorPath(api::Session &sess, api::Node logitsNode, bool strict) {
  api::Tensor logits = sess.run(logitsNode);
  if (strict && looksCorrupt(logits)) {
    sess.close();
  }
  float best = 0;
  int label = argmax(api::data(logits), NumClasses, &best);
  // CHECK-NOTES: :[[@LINE-1]]:32: warning: 'logits' is read after session 'sess' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-5]]:5: note: session 'sess' was closed here
  // CHECK-NOTES: :[[@LINE-7]]:7: note: assuming this condition is true
  logLabel(label, best);
  return label;
}

// Looks similar but is fine: the error path returns before anything reads the logits.
int classify(api::Session &sess, api::Node logitsNode, bool strict) {
  api::Tensor logits = sess.run(logitsNode);
  if (strict && looksCorrupt(logits)) {
    sess.close();
    return -1;
  }
  float best = 0;
  int label = argmax(api::data(logits), NumClasses, &best);
  logLabel(label, best);
  return label;
}

float scoreAcrossRestart(std::unique_ptr<api::Session> &sess, api::Node logitsNode) {
  api::Tensor logits = sess->run(logitsNode);
  const float *scores = logits.data();
  sess = std::make_unique<api::Session>(); // e.g. a model hot-swap
  return scores[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'scores' is read after session 'sess' was replaced [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'sess' was replaced here
}

// Looks similar but is fine: the scores are copied out before the hot-swap.
std::vector<float> scoresAcrossRestart(std::unique_ptr<api::Session> &sess, api::Node node) {
  std::vector<float> scores = sess->run(node).to_vector();
  sess = std::make_unique<api::Session>();
  return scores;
}

// Looks similar but is fine: a batch of images, each view read while its image lives.
std::vector<int> classifyBatch(api::Session &sess, api::Node input,
                               const std::vector<std::vector<unsigned char>> &files) {
  std::vector<int> labels;
  for (const auto &bytes : files) {
    Image image = decode(bytes);
    api::Tensor view = api::from_data(image.Pixels.data(), image.Pixels.size());
    api::Tensor ready = normalise(view);
    api::print(ready);
    float best = 0;
    labels.push_back(argmax(api::data(sess.run(input)), NumClasses, &best));
  }
  return labels;
}

} // namespace

int main() {
  api::Session sess;
  api::Node input{0}, logits{1};
  std::vector<std::vector<unsigned char>> files(3);
  std::vector<int> labels = classifyBatch(sess, input, files);
  api::Tensor first = loadPixels(files[0]);
  api::print(first);
  int label = classify(sess, logits, /*strict=*/true);
  sess.close();
  api::print(first);
  return label + static_cast<int>(labels.size());
}
