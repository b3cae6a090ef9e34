// Test re-declaration of tensorflow/cc/saved_model/loader.h (TensorFlow 2.x): declarations only,
// no tensorlife annotations (the built-in model tensorflow-cc provides the knowledge). Written
// from the public header tensorflow/cc/saved_model/loader.h; a subset (the protobuf types reduced
// to stand-ins).
#ifndef TENSORFLOW_CC_SAVED_MODEL_LOADER_H_
#define TENSORFLOW_CC_SAVED_MODEL_LOADER_H_

#include <memory>
#include <string>
#include <unordered_set>

#include "tensorflow/core/public/session.h"

namespace tensorflow {

/// Stand-ins for the protobuf messages.
class RunOptions {};
class MetaGraphDef {};
class GraphDebugInfo {};

/// Represents a SavedModel that is loaded from storage.
class SavedModelBundleInterface {
public:
  virtual ~SavedModelBundleInterface();
  /// Returns the TensorFlow Session that can be used to interact with the SavedModel.
  virtual Session *GetSession() const = 0;
};

/// SavedModel representation once the SavedModel is loaded from storage.
struct SavedModelBundle : public SavedModelBundleInterface {
  ~SavedModelBundle() override;
  SavedModelBundle() = default;

  Session *GetSession() const override { return session.get(); }

  std::unique_ptr<Session> session;
  MetaGraphDef meta_graph_def;
  std::unique_ptr<GraphDebugInfo> debug_info;
};

/// A version of SavedModelBundle that avoids storing a potentially large MetaGraphDef.
class SavedModelBundleLite : public SavedModelBundleInterface {
public:
  SavedModelBundleLite() = default;
  ~SavedModelBundleLite() override;
  Session *GetSession() const override { return session_.get(); }

private:
  std::unique_ptr<Session> session_;
};

/// Loads a SavedModel from the specified export directory. Stores a SavedModel bundle in *bundle
/// with a session and the requested MetaGraphDef, if found.
Status LoadSavedModel(const SessionOptions &session_options, const RunOptions &run_options,
                      const std::string &export_dir, const std::unordered_set<std::string> &tags,
                      SavedModelBundle *const bundle);
Status LoadSavedModel(const SessionOptions &session_options, const RunOptions &run_options,
                      const std::string &export_dir, const std::unordered_set<std::string> &tags,
                      SavedModelBundleLite *const bundle);

} // namespace tensorflow

#endif
