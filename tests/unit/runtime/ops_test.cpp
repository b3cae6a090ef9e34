#include "tlrt/ops.h"

#include "lifetime_error_of.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <vector>

using namespace tlrt;
using Floats = std::vector<float>;

TEST(OpsTest, ComputeElementwise) {
  Tensor A = tensor({1, 2, 3}), B = tensor({4, 5, 6});
  EXPECT_EQ(add(A, B).to_vector(), Floats({5, 7, 9}));
  EXPECT_EQ(mul(A, B).to_vector(), Floats({4, 10, 18}));
  EXPECT_EQ(scale(A, 2).to_vector(), Floats({2, 4, 6}));
  EXPECT_EQ((A + B).to_vector(), Floats({5, 7, 9}));
  EXPECT_EQ((A * B).to_vector(), Floats({4, 10, 18}));
  EXPECT_EQ(((A + B) * scale(A, -1)).to_vector(), Floats({-5, -14, -27}));
}

// The bug of the problem report: `c = a + b; del a, b; print(c)`.
TEST(OpsTest, ReleasingInputsBeforeTheFirstReadThrows) {
  Tensor A = tensor({1, 2, 3}), B = tensor({4, 5, 6});
  Tensor C = A + B;
  release(A);
  release(B);
  testing::internal::CaptureStdout();
  auto E = lifetime_error_of([&] { print(C); });
  EXPECT_EQ(testing::internal::GetCapturedStdout(), "");
  ASSERT_TRUE(E);
  EXPECT_EQ(E->kind(), LifetimeKind::UseAfterRelease);
  EXPECT_EQ(E->culprit(),
            "tensor " + ref(A.id()) + " was released by release()");
  EXPECT_EQ(std::string(E->what()), "use-after-release: read of tensor " +
                                        ref(C.id()) + " after input tensor " +
                                        ref(A.id()) +
                                        " was released by release()");
}

TEST(OpsTest, PrintingBeforeReleasingTheInputsIsFine) {
  Tensor A = tensor({1, 2, 3}), B = tensor({4, 5, 6});
  Tensor C = A + B;
  testing::internal::CaptureStdout();
  EXPECT_NO_THROW({
    print(C);
    release(A);
    release(B);
    print(C);
  });
  EXPECT_EQ(testing::internal::GetCapturedStdout(),
            "tensor([5, 7, 9])\ntensor([5, 7, 9])\n");
}

TEST(OpsTest, ReassigningAnInputVariableDoesNotChangeTheResult) {
  Tensor A = tensor({1, 2}), B = tensor({3, 4});
  Tensor C = A + B;
  A = zeros(2);
  EXPECT_EQ(C.to_vector(), Floats({4, 6}));
}

TEST(OpsTest, DependencySeveralStepsUpstreamIsChecked) {
  Tensor A = tensor({1, 2}), B = tensor({3, 4});
  Tensor D = scale(A + B, 2) * B;
  release(A);
  auto E = lifetime_error_of([&] { D.at(0); });
  ASSERT_TRUE(E);
  EXPECT_EQ(std::string(E->what()), "use-after-release: read of tensor " +
                                        ref(D.id()) + " after input tensor " +
                                        ref(A.id()) +
                                        " was released by release()");
}

TEST(OpsTest, MaterialisedIntermediateNoLongerNeedsItsInputs) {
  Tensor A = tensor({1, 2}), B = tensor({3, 4});
  Tensor C = A + B;
  Tensor D = C * C;
  C.to_vector();
  release(A);
  release(B);
  EXPECT_EQ(D.to_vector(), Floats({16, 36}));
}

TEST(OpsTest, ReleasedLazyResultReportsItsOwnRelease) {
  Tensor C = ones(2) + ones(2);
  C.release();
  EXPECT_EQ(culprit_of([&] { C.at(0); }),
            "tensor " + ref(C.id()) + " was released by release()");
}

TEST(OpsTest, SizeMismatchThrowsInvalidArgument) {
  EXPECT_THROW(add(ones(2), ones(3)), std::invalid_argument);
  EXPECT_THROW(ones(2) * ones(1), std::invalid_argument);
}

TEST(OpsTest, EmptyOperandThrowsInvalidArgument) {
  EXPECT_THROW(add(Tensor(), ones(1)), std::invalid_argument);
  EXPECT_THROW(scale(Tensor(), 2), std::invalid_argument);
}
