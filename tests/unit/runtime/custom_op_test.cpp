#include "tlrt/custom_op.h"

#include "lifetime_error_of.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <vector>

using namespace tlrt;
using Floats = std::vector<float>;

static int TwiceCalls = 0;

// Registered once per process: op names are global.
static void register_test_ops() {
  static const bool Registered = [] {
    register_op("test.twice", [](const std::vector<Floats> &in) {
      ++TwiceCalls;
      Floats Out = in[0];
      for (float &X : Out)
        X *= 2;
      return Out;
    });
    register_op("test.plus", [](const std::vector<Floats> &in) {
      Floats Out = in[0];
      for (std::size_t I = 0; I < Out.size(); ++I)
        Out[I] += in[1][I];
      return Out;
    });
    register_op("test.negate", [](const std::vector<Floats> &in) {
      Floats Out = in[0];
      for (float &X : Out)
        X = -X;
      return Out;
    });
    register_op("test.wrong_size",
                [](const std::vector<Floats> &) { return Floats{1}; });
    return true;
  }();
  (void)Registered;
}

TEST(CustomOpTest, RunsLazilyOnFirstReadOnly) {
  register_test_ops();
  int Before = TwiceCalls;
  Tensor C = call_op("test.twice", tensor({1, 2}));
  EXPECT_EQ(TwiceCalls, Before);
  EXPECT_EQ(C.to_vector(), Floats({2, 4}));
  EXPECT_EQ(C.to_vector(), Floats({2, 4}));
  EXPECT_EQ(TwiceCalls, Before + 1);
}

TEST(CustomOpTest, TwoInputOp) {
  register_test_ops();
  EXPECT_EQ(call_op("test.plus", tensor({1, 2}), tensor({10, 20})).to_vector(),
            Floats({11, 22}));
}

TEST(CustomOpTest, RegisteringANameTwiceThrows) {
  register_test_ops();
  EXPECT_THROW(register_op("test.twice",
                           [](const std::vector<Floats> &in) { return in[0]; }),
               std::invalid_argument);
}

TEST(CustomOpTest, UnknownNameThrowsAtCallTime) {
  EXPECT_THROW(call_op("test.no_such_op", ones(1)), std::invalid_argument);
}

TEST(CustomOpTest, WrongResultSizeThrowsLengthError) {
  register_test_ops();
  Tensor C = call_op("test.wrong_size", ones(3));
  EXPECT_EQ(C.size(), 3u);
  EXPECT_THROW(C.to_vector(), std::length_error);
}

// Hidden dependency: the last op reads a buffer three ops upstream.
TEST(CustomOpTest, ChainOfThreeOpsDependsOnTheFirstInput) {
  register_test_ops();
  Tensor A = tensor({1, 2}), B = tensor({3, 4});
  Tensor X = call_op("test.twice", A);
  Tensor Y = call_op("test.plus", X, B);
  Tensor Z = call_op("test.negate", Y);
  release(A);
  auto E = lifetime_error_of([&] { Z.at(0); });
  ASSERT_TRUE(E);
  EXPECT_EQ(E->kind(), LifetimeKind::UseAfterRelease);
  EXPECT_EQ(E->culprit(),
            "tensor " + ref(A.id()) + " was released by release()");
  EXPECT_EQ(std::string(E->what()), "use-after-release: read of tensor " +
                                        ref(Z.id()) + " after input tensor " +
                                        ref(A.id()) +
                                        " was released by release()");
}

TEST(CustomOpTest, ChainComputesWhenInputsLive) {
  register_test_ops();
  Tensor A = tensor({1, 2}), B = tensor({3, 4});
  Tensor Z =
      call_op("test.negate", call_op("test.plus", call_op("test.twice", A), B));
  EXPECT_EQ(Z.to_vector(), Floats({-5, -8}));
}
