// Test re-declaration of tensorflow/core/public/session.h (TensorFlow 2.x): declarations only,
// no tensorlife annotations. Written from the public header; a subset.
#ifndef TENSORFLOW_CORE_PUBLIC_SESSION_H_
#define TENSORFLOW_CORE_PUBLIC_SESSION_H_

#include <string>
#include <utility>
#include <vector>

#include "tensorflow/core/framework/tensor.h"

namespace tensorflow {

class Status {
public:
  Status();
  bool ok() const;
  std::string ToString() const;
};

class GraphDef;
struct SessionOptions {
  SessionOptions();
};

/// A Session allows concurrent calls to Run(), though a Session must be created / extended by a
/// single thread.
class Session {
public:
  Session();
  virtual ~Session();

  virtual Status Create(const GraphDef &graph) = 0;
  virtual Status Extend(const GraphDef &graph) = 0;

  /// Runs the graph with the provided input tensors and fills `outputs` for the endpoints
  /// specified in `output_tensor_names`.
  virtual Status Run(const std::vector<std::pair<std::string, Tensor>> &inputs,
                     const std::vector<std::string> &output_tensor_names,
                     const std::vector<std::string> &target_tensor_names,
                     std::vector<Tensor> *outputs) = 0;

  /// Closes this session.
  virtual Status Close() = 0;
};

Session *NewSession(const SessionOptions &options);
Status NewSession(const SessionOptions &options, Session **out_session);

} // namespace tensorflow

#endif
