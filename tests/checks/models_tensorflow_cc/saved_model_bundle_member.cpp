// TensorFlow C++ (built-in model tensorflow-cc): the session a SavedModelBundle owns in its
// `session` member dies with the bundle, however it is borrowed (the model names the data member
// tensorflow::SavedModelBundle::session: reading it is borrowing from the bundle).
#include "tensorflow/cc/saved_model/loader.h"

#include <string>
#include <vector>

using Inputs = std::vector<std::pair<std::string, tensorflow::Tensor>>;

tensorflow::Status runMemberSessionAfterBundleGone(const std::string &dir, const Inputs &inputs,
                                                   std::vector<tensorflow::Tensor> *outputs) {
  tensorflow::Session *session = nullptr;
  {
    tensorflow::SavedModelBundle bundle;
    tensorflow::LoadSavedModel(tensorflow::SessionOptions(), tensorflow::RunOptions(), dir, {"serve"}, &bundle);
    session = bundle.session.get();
  }
  return session->Run(inputs, {"out:0"}, {}, outputs);
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: session 'session' is run after session 'bundle' was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'bundle' was destroyed here
}
