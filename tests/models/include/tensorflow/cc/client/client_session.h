// Test re-declaration of tensorflow/cc/client/client_session.h (TensorFlow 2.x): declarations
// only, no tensorlife annotations (the built-in model tensorflow-cc provides the knowledge).
// Written from the public header tensorflow/cc/client/client_session.h; a subset.
#ifndef TENSORFLOW_CC_CLIENT_CLIENT_SESSION_H_
#define TENSORFLOW_CC_CLIENT_CLIENT_SESSION_H_

#include <string>
#include <vector>

#include "tensorflow/cc/framework/scope.h"
#include "tensorflow/core/public/session.h"

namespace tensorflow {

/// A `ClientSession` object lets the caller drive the evaluation of the TensorFlow graph
/// constructed with the C++ API.
class ClientSession {
public:
  /// Create a new session to evaluate the graph contained in `scope` by connecting to the
  /// TensorFlow runtime specified by `target`.
  ClientSession(const Scope &scope, const std::string &target);
  /// Same as above, but use the empty string ("") as the target specification.
  explicit ClientSession(const Scope &scope);
  /// Create a new session, configuring it with `session_options`.
  ClientSession(const Scope &scope, const SessionOptions &session_options);
  ~ClientSession();

  /// Evaluate the tensors in `fetch_outputs`. The values are returned as `Tensor` objects in
  /// `outputs`.
  Status Run(const std::vector<Output> &fetch_outputs, std::vector<Tensor> *outputs) const;
};

} // namespace tensorflow

#endif
