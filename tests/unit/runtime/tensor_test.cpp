#include "tlrt/tensor.h"

#include "lifetime_error_of.h"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <vector>

using namespace tlrt;
using Floats = std::vector<float>;

TEST(TensorTest, FactoriesHoldTheirValues) {
  EXPECT_EQ(tensor({1, 2, 3}).to_vector(), Floats({1, 2, 3}));
  EXPECT_EQ(tensor(Floats{4, 5}).to_vector(), Floats({4, 5}));
  EXPECT_EQ(ones(3).to_vector(), Floats({1, 1, 1}));
  EXPECT_EQ(zeros(2).to_vector(), Floats({0, 0}));
  Tensor T = tensor({7, 8});
  EXPECT_EQ(T.size(), 2u);
  EXPECT_FALSE(T.empty());
  EXPECT_EQ(T.at(1), 8);
  EXPECT_EQ(T.data()[0], 7);
}

TEST(TensorTest, EmptyTensorHasNoBuffer) {
  Tensor T;
  EXPECT_TRUE(T.empty());
  EXPECT_EQ(T.size(), 0u);
  EXPECT_EQ(T.id(), 0);
  EXPECT_EQ(T.data(), nullptr);
  EXPECT_TRUE(T.to_vector().empty());
  EXPECT_THROW(T.at(0), std::out_of_range);
}

TEST(TensorTest, AtChecksBounds) {
  EXPECT_THROW(ones(2).at(2), std::out_of_range);
}

TEST(TensorTest, IdsAreDistinct) {
  Tensor A = ones(1), B = ones(1);
  EXPECT_GT(A.id(), 0);
  EXPECT_NE(A.id(), B.id());
}

TEST(TensorTest, AtAfterReleaseThrowsUseAfterRelease) {
  Tensor A = tensor({1, 2, 3});
  A.release();
  auto E = lifetime_error_of([&] { A.at(0); });
  ASSERT_TRUE(E);
  EXPECT_EQ(E->kind(), LifetimeKind::UseAfterRelease);
  EXPECT_EQ(E->culprit(),
            "tensor " + ref(A.id()) + " was released by release()");
  EXPECT_EQ(std::string(E->what()),
            "use-after-release: read of tensor " + ref(A.id()) +
                " after tensor " + ref(A.id()) + " was released by release()");
}

TEST(TensorTest, ReleaseReachesEveryCopy) {
  Tensor A = ones(2);
  Tensor B = A;
  release(A);
  EXPECT_TRUE(lifetime_error_of([&] { B.at(0); }));
  EXPECT_TRUE(lifetime_error_of([&] { B.data(); }));
  EXPECT_TRUE(lifetime_error_of([&] { B.to_vector(); }));
  EXPECT_TRUE(lifetime_error_of([&] { print(B); }));
}

TEST(TensorTest, SizeIsNotAUse) {
  Tensor A = ones(3);
  A.release();
  EXPECT_EQ(A.size(), 3u);
  EXPECT_FALSE(A.empty());
}

TEST(TensorTest, ReleaseIsIdempotent) {
  Tensor A = ones(1);
  A.release();
  A.release();
  EXPECT_EQ(culprit_of([&] { A.at(0); }),
            "tensor " + ref(A.id()) + " was released by release()");
}

TEST(TensorTest, ReassigningAReleasedTensorMakesItUsable) {
  Tensor A = ones(2);
  A.release();
  A = tensor({3, 4});
  EXPECT_EQ(A.to_vector(), Floats({3, 4}));
}

TEST(TensorTest, StaleDataPointerReadsNaNNotFreedMemory) {
  Tensor A = tensor({1, 2});
  const float *P = A.data();
  A.release();
  EXPECT_TRUE(std::isnan(P[0]));
  EXPECT_TRUE(std::isnan(P[1]));
}

TEST(TensorTest, PrintFormat) {
  testing::internal::CaptureStdout();
  EXPECT_NO_THROW({
    print(tensor({5, 7, 9}));
    print(tensor({0.5f, -2}));
    print(Tensor());
  });
  EXPECT_EQ(testing::internal::GetCapturedStdout(),
            "tensor([5, 7, 9])\ntensor([0.5, -2])\ntensor([])\n");
}

TEST(TensorTest, CloneCopiesIntoANewBuffer) {
  Tensor A = tensor({1, 2});
  Tensor B = A.clone();
  EXPECT_EQ(B.to_vector(), Floats({1, 2}));
  EXPECT_NE(A.id(), B.id());
  A.release(); // The clone does not share the buffer: releasing the source leaves it usable.
  EXPECT_EQ(B.to_vector(), Floats({1, 2}));
  EXPECT_TRUE(Tensor().clone().empty());
}

TEST(TensorTest, CloneOfAReleasedTensorThrows) {
  Tensor A = ones(2);
  A.release();
  auto E = lifetime_error_of([&] { A.clone(); });
  ASSERT_TRUE(E);
  EXPECT_EQ(E->kind(), LifetimeKind::UseAfterRelease);
}
