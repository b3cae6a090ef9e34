// TensorFlow C++, clean: the session is used while its bundle lives; Run outputs are reference
// counted and outlive the bundle; a session moved out of the bundle is its new owner's.
#include "tensorflow/cc/saved_model/loader.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

using Inputs = std::vector<std::pair<std::string, tensorflow::Tensor>>;

std::string outputsOutliveBundle(const std::string &dir, const Inputs &inputs) {
  std::vector<tensorflow::Tensor> outputs;
  {
    tensorflow::SavedModelBundle bundle;
    tensorflow::LoadSavedModel(tensorflow::SessionOptions(), tensorflow::RunOptions(), dir, {"serve"}, &bundle);
    tensorflow::Session *session = bundle.GetSession();
    session->Run(inputs, {"out:0"}, {}, &outputs);
    bundle.session->Run(inputs, {"out:0"}, {}, &outputs);
  }
  return outputs[0].DebugString();
}

// Looks similar but is fine: the session is taken out of the bundle, and outlives it.
std::unique_ptr<tensorflow::Session> sessionMovedOut(const std::string &dir, const Inputs &inputs,
                                                     std::vector<tensorflow::Tensor> *outputs) {
  std::unique_ptr<tensorflow::Session> owned;
  {
    tensorflow::SavedModelBundle bundle;
    tensorflow::LoadSavedModel(tensorflow::SessionOptions(), tensorflow::RunOptions(), dir, {"serve"}, &bundle);
    owned = std::move(bundle.session);
  }
  owned->Run(inputs, {"out:0"}, {}, outputs);
  return owned;
}

// Looks similar but is fine: the member's session is used while the bundle lives.
tensorflow::Status memberSessionInsideTheBlock(const std::string &dir, const Inputs &inputs,
                                               std::vector<tensorflow::Tensor> *outputs) {
  tensorflow::SavedModelBundle bundle;
  tensorflow::LoadSavedModel(tensorflow::SessionOptions(), tensorflow::RunOptions(), dir, {"serve"}, &bundle);
  tensorflow::Session *session = bundle.session.get();
  return session->Run(inputs, {"out:0"}, {}, outputs);
}
