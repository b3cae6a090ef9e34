// Registers the tensorlife checks with clang-tidy, for the plugin and for tensorlife-tidy alike.
#include "tidy/UseAfterCloseCheck.h"
#include "tidy/UseAfterReleaseCheck.h"

#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"

namespace clang::tidy {
namespace tensorlife {

class TensorlifeModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<UseAfterCloseCheck>("tensorlife-use-after-close");
    Factories.registerCheck<UseAfterReleaseCheck>("tensorlife-use-after-release");
  }
};

} // namespace tensorlife

static ClangTidyModuleRegistry::Add<tensorlife::TensorlifeModule>
    X("tensorlife-module", "Lifetime checks for tensor runtimes.");

// Referenced by tensorlife-tidy so that a static link keeps this registration.
volatile int TensorlifeModuleAnchorSource = 0;

} // namespace clang::tidy
