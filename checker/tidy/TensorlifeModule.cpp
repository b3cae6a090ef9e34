// Registers the tensorlife checks with clang-tidy, for the plugin and for tensorlife-tidy alike:
// one LifetimeCheck per row of the check table.
#include "tidy/LifetimeCheck.h"

#include "core/CheckTable.h"

#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"

namespace clang::tidy {
namespace tensorlife {

class TensorlifeModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    for (const ::tensorlife::CheckInfo &Check : ::tensorlife::checkTable())
      Factories.registerCheckFactory(
          Check.Name, [Cat = Check.Cat](StringRef Name, ClangTidyContext *Context) {
            return std::make_unique<LifetimeCheck>(Name, Context, Cat);
          });
  }
};

} // namespace tensorlife

static ClangTidyModuleRegistry::Add<tensorlife::TensorlifeModule>
    X("tensorlife-module", "Lifetime checks for tensor runtimes.");

// Referenced by tensorlife-tidy so that a static link keeps this registration.
volatile int TensorlifeModuleAnchorSource = 0;

} // namespace clang::tidy
