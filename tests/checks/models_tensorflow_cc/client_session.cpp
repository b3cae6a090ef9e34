// TensorFlow C++ (built-in model tensorflow-cc): ClientSession::Run needs a live session.
#include "tensorflow/cc/client/client_session.h"

#include <memory>
#include <vector>

tensorflow::Status runAfterReset(const tensorflow::Scope &root, const std::vector<tensorflow::Output> &fetch,
                                 std::vector<tensorflow::Tensor> *outputs) {
  auto session = std::make_unique<tensorflow::ClientSession>(root);
  tensorflow::ClientSession *raw = session.get();
  session.reset();
  return raw->Run(fetch, outputs);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: session 'raw' is run after session 'session' was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'session' was destroyed here
}
