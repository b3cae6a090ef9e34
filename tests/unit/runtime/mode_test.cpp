#include "tlrt/mode.h"

#include <gtest/gtest.h>

using namespace tlrt;

TEST(ModeTest, DefaultsToChecked) { EXPECT_EQ(mode(), Mode::Checked); }

TEST(ModeTest, SetModeRoundTrips) {
  set_mode(Mode::Unchecked);
  EXPECT_EQ(mode(), Mode::Unchecked);
  set_mode(Mode::Checked);
  EXPECT_EQ(mode(), Mode::Checked);
}
