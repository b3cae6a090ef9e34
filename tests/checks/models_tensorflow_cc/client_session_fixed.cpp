// TensorFlow C++, clean: a ClientSession keeps its Scope's graph alive (it holds a reference to
// it), so it may outlive the Scope it was built from; its outputs are reference counted.
#include "tensorflow/cc/client/client_session.h"

#include <memory>
#include <vector>

std::string sessionOutlivesScope(const std::vector<tensorflow::Output> &fetch) {
  std::unique_ptr<tensorflow::ClientSession> session;
  {
    tensorflow::Scope root = tensorflow::Scope::NewRootScope();
    session = std::make_unique<tensorflow::ClientSession>(root);
  }
  std::vector<tensorflow::Tensor> outputs;
  session->Run(fetch, &outputs);
  session.reset();
  return outputs[0].DebugString();
}
