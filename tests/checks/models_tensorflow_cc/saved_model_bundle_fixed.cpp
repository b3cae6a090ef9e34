// TensorFlow C++, clean: the session is used while its bundle lives; Run outputs are reference
// counted and outlive the bundle.
#include "tensorflow/cc/saved_model/loader.h"

#include <string>
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
