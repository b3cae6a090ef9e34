// TensorFlow C++ (built-in model tensorflow-cc): Session::Run after Session::Close, or after the
// std::unique_ptr<Session> holding it is gone.
#include "tensorflow/core/public/session.h"

#include <memory>

void runAfterClose(const tensorflow::SessionOptions &options) {
  std::unique_ptr<tensorflow::Session> session(tensorflow::NewSession(options));
  std::vector<tensorflow::Tensor> outputs;
  session->Close();
  tensorflow::Status status = session->Run({}, {"out"}, {}, &outputs);
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: session 'session' is run after it was closed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'session' was closed here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: move the close after the last use, line [[#@LINE-3]]
}

void runAfterReset(const tensorflow::SessionOptions &options) {
  std::unique_ptr<tensorflow::Session> session(tensorflow::NewSession(options));
  std::vector<tensorflow::Tensor> outputs;
  tensorflow::Session *raw = session.get();
  session.reset();
  tensorflow::Status status = raw->Run({}, {"out"}, {}, &outputs);
  // CHECK-NOTES: :[[@LINE-1]]:31: warning: session 'raw' is run after session 'session' was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'session' was destroyed here
}
