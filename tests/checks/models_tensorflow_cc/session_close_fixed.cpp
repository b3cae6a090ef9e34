// TensorFlow C++, clean: tensorflow::Tensor is reference counted, so Run's outputs outlive the
// session (read after Close and after the session is destroyed).
#include "tensorflow/core/public/session.h"

#include <memory>

float outputsOutliveSession(const tensorflow::SessionOptions &options) {
  tensorflow::Tensor result;
  {
    std::unique_ptr<tensorflow::Session> session(tensorflow::NewSession(options));
    std::vector<tensorflow::Tensor> outputs;
    tensorflow::Status status = session->Run({}, {"out"}, {}, &outputs);
    session->Close();
    result = outputs[0];
  }
  return result.flat<float>()(0);
}

void runThenClose(const tensorflow::SessionOptions &options) {
  std::unique_ptr<tensorflow::Session> session(tensorflow::NewSession(options));
  std::vector<tensorflow::Tensor> outputs;
  tensorflow::Status status = session->Run({}, {"out"}, {}, &outputs);
  session->Close();
  float first = outputs[0].flat<float>()(0);
  (void)first;
}
