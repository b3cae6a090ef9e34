#include "tlrt/error.h"

#include <gtest/gtest.h>

#include <string>

using namespace tlrt;

TEST(ErrorTest, KindsHaveStableNames) {
  EXPECT_STREQ(to_string(LifetimeKind::UseAfterClose), "use-after-close");
  EXPECT_STREQ(to_string(LifetimeKind::UseAfterRelease), "use-after-release");
}

TEST(ErrorTest, LifetimeErrorCarriesKindCulpritAndMessage) {
  LifetimeError E(
      LifetimeKind::UseAfterRelease, "scope 'tape' ended",
      "use-after-release: read of tensor #2 after scope 'tape' ended");
  EXPECT_EQ(E.kind(), LifetimeKind::UseAfterRelease);
  EXPECT_EQ(E.culprit(), "scope 'tape' ended");
  EXPECT_STREQ(E.what(),
               "use-after-release: read of tensor #2 after scope 'tape' ended");
}

TEST(ErrorTest, SessionClosedIsAUseAfterClose) {
  SessionClosed E("session #1 was closed by Session::close()",
                  "run of session #1");
  const LifetimeError &Base = E;
  EXPECT_EQ(Base.kind(), LifetimeKind::UseAfterClose);
  EXPECT_EQ(Base.culprit(), "session #1 was closed by Session::close()");
  EXPECT_STREQ(E.what(), "Session is closed (use-after-close): run of session "
                         "#1 after session #1 was closed by Session::close()");
}
