// The contract a test harness relies on to classify a sample program's
// outcome: an uncaught LifetimeError prints one line on stderr and exits 3.
#include "tlrt/tlrt.h"

#include <gtest/gtest.h>

#include <exception>
#include <stdexcept>

using namespace tlrt;

// A death test's statement runs under gtest's own catch, so hand the exception
// to std::terminate ourselves, as the C++ runtime does when one escapes main().
// (A noexcept wrapper is not enough: once inlined, GCC may call terminate
// without making the exception current.)
template <typename F> static void escape(F f) {
  try {
    f();
  } catch (...) {
    std::terminate();
  }
}

TEST(TerminateDeathTest, UncaughtUseAfterCloseExitsWith3) {
  EXPECT_EXIT(escape([] {
                Graph G;
                Node C = G.constant({1});
                Session S(G);
                S.close();
                S.run(C);
              }),
              testing::ExitedWithCode(3),
              "^tlrt: LifetimeError \\[use-after-close\\]: Session is closed");
}

TEST(TerminateDeathTest, UncaughtUseAfterReleaseExitsWith3) {
  EXPECT_EXIT(escape([] {
                Tensor A = ones(1);
                Tensor C = A + A;
                release(A);
                print(C);
              }),
              testing::ExitedWithCode(3),
              "^tlrt: LifetimeError \\[use-after-release\\]: "
              "use-after-release: read of tensor #[0-9]+ after input tensor "
              "#[0-9]+ was released by release\\(\\)\n$");
}

TEST(TerminateDeathTest, OtherUncaughtExceptionExitsWith4) {
  EXPECT_EXIT(escape([] { throw std::runtime_error("boom"); }),
              testing::ExitedWithCode(4), "^tlrt: uncaught exception: boom\n$");
}
