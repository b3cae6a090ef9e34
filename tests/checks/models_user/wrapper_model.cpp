// OPTIONS: -config={CheckOptions: {ModelFiles: 'inputs/wrapper.json'}}
// A user model (ModelFiles option) describes a project's own wrapper classes, on top of the
// built-in models; a relative path is looked up from the checked file's directory upwards. The
// user model also extends the built-in std model (std::vector::clear invalidates, here).
#include <string>
#include <vector>

namespace app {
class Prediction {
public:
  float score() const;
};
class InferenceSession {
public:
  explicit InferenceSession(const std::string &modelPath);
  Prediction predict(const std::vector<float> &input);
  void shutdown();
};
void show(const Prediction &p);
void show(int code);
} // namespace app

float scoreAfterShutdown(const std::vector<float> &input) {
  app::InferenceSession session("model.bin");
  app::Prediction p = session.predict(input);
  session.shutdown();
  app::show(p);
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: 'p' is read after session 'session' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'session' was closed here
  return p.score();
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'p' is read after session 'session' was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-6]]:3: note: session 'session' was closed here
}

float scoreBeforeShutdown(const std::vector<float> &input) {
  app::InferenceSession session("model.bin");
  app::Prediction p = session.predict(input);
  float s = p.score();
  session.shutdown();
  app::show(3);
  return s;
}

float clearInvalidatesHere() {
  std::vector<float> v(4, 1.0f);
  float *p = v.data();
  v.clear();
  return p[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'p' is read after buffer 'v' was reallocated [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was reallocated here
}
