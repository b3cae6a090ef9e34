// Scope-bounded contexts (a tape, an arena): tensors allocated while the scope is the innermost
// live one die when it ends; keep() copies one out; tensors made before it are not in it.
#include "tensorlife_test_api.h"

void escapesTheScope() {
  api::Tensor kept;
  {
    api::Scope tape;
    api::Tensor x = api::ones(3);
    kept = x;
  }
  api::print(kept);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'kept' is read after scope 'tape' ended [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: scope 'tape' ended here
}

void escapesTheInnerScope() {
  api::Tensor kept;
  api::Scope outer;
  {
    api::Scope inner;
    kept = api::ones(3) + api::ones(3);
  }
  api::print(kept);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'kept' is read after scope 'inner' ended [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: scope 'inner' ended here
}

// Looks similar but is fine: keep() copies into the enclosing scope's buffer.
void keptOutOfTheScope() {
  api::Tensor kept;
  {
    api::Scope tape;
    api::Tensor x = api::ones(3);
    kept = tape.keep(x);
  }
  api::print(kept);
}

// Looks similar but is fine: allocated before the scope began, so not in it.
void allocatedBeforeTheScope() {
  api::Tensor before = api::ones(3);
  {
    api::Scope tape;
    api::print(before);
  }
  api::print(before);
}

// Looks similar but is fine: allocated in the outer scope, which is still live.
void allocatedInTheOuterScope() {
  api::Scope outer;
  api::Tensor x;
  {
    api::Scope inner;
    api::print(inner.keep(api::ones(2)));
  }
  x = api::ones(3);
  api::print(x);
}
