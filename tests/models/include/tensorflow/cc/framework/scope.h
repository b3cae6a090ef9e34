// Test re-declaration of tensorflow/cc/framework/scope.h and ops.h (TensorFlow 2.x): declarations
// only, no tensorlife annotations. Written from the public headers tensorflow/cc/framework/scope.h
// and tensorflow/cc/framework/ops.h; a subset.
#ifndef TENSORFLOW_CC_FRAMEWORK_SCOPE_H_
#define TENSORFLOW_CC_FRAMEWORK_SCOPE_H_

#include <string>

namespace tensorflow {

/// A Scope object represents a set of related TensorFlow ops that have the same properties such
/// as a common name prefix.
class Scope {
public:
  Scope(const Scope &other);
  ~Scope();
  Scope &operator=(const Scope &other);
  /// Return a new scope. This creates a new graph and all operations constructed in this graph
  /// should use the returned object as the "root" scope.
  static Scope NewRootScope();
  Scope NewSubScope(const std::string &child_scope_name) const;
};

/// A tensor value produced by an operation.
class Output {
public:
  Output();
};

} // namespace tensorflow

#endif
