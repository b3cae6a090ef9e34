// A class wrapping a session: its member functions are summarised over `this`'s members, so a
// caller's sequence is checked (`d.unload(); d.detect(img);`). A member function that
// re-initialises the member, or tests it, does not use the caller's old value.
#include "onnxruntime_cxx_api.h"

#include <memory>
#include <vector>

class Detector {
public:
  explicit Detector(Ort::Env &env)
      : session_(std::make_unique<Ort::Session>(env, "m.onnx", Ort::SessionOptions{nullptr})) {}
  void unload() { session_.reset(); }
  void load(Ort::Env &env) {
    session_ = std::make_unique<Ort::Session>(env, "m.onnx", Ort::SessionOptions{nullptr});
  }
  void reload(Ort::Env &env) {
    session_.reset(new Ort::Session(env, "m.onnx", Ort::SessionOptions{nullptr}));
  }
  std::vector<Ort::Value> detect(const Ort::Value &in) {
    return session_->Run(Ort::RunOptions{nullptr}, &in_, &in, 1, &out_, 1);
  }
  std::vector<Ort::Value> detectIfLoaded(const Ort::Value &in) {
    if (!session_)
      return {};
    return session_->Run(Ort::RunOptions{nullptr}, &in_, &in, 1, &out_, 1);
  }
  std::vector<Ort::Value> unloadThenDetect(const Ort::Value &in) {
    unload();
    return detect(in);
    // CHECK-NOTES: :[[@LINE-1]]:12: warning: session 'session_' is run after it was destroyed [tensorlife-use-after-close]
    // CHECK-NOTES: :[[@LINE-3]]:5: note: session 'session_' was destroyed here
  }

private:
  std::unique_ptr<Ort::Session> session_;
  const char *in_ = "in";
  const char *out_ = "out";
};

void unloadedThenDetect(Ort::Env &env, const Ort::Value &img) {
  Detector d(env);
  d.unload();
  d.detect(img);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: session 'd.session_' is run after it was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'd.session_' was destroyed here
}

// Looks similar but is fine: detect before the unload.
void detectThenUnload(Ort::Env &env, const Ort::Value &img) {
  Detector d(env);
  d.detect(img);
  d.unload();
}

// Looks similar but is fine: loaded again (by assignment, or by reset with a new session).
void reloadedBeforeDetect(Ort::Env &env, const Ort::Value &img) {
  Detector d(env);
  d.unload();
  d.load(env);
  d.detect(img);
  d.unload();
  d.reload(env);
  d.detect(img);
}

// Looks similar but is fine: detectIfLoaded tests the session first.
void guardedDetect(Ort::Env &env, const Ort::Value &img) {
  Detector d(env);
  d.unload();
  d.detectIfLoaded(img);
}

// Looks similar but is fine: another detector was unloaded.
void otherDetectorUnloaded(Ort::Env &env, const Ort::Value &img) {
  Detector a(env), b(env);
  a.unload();
  b.detect(img);
}
