#include "tlrt/scope.h"

#include "lifetime_error_of.h"
#include "tlrt/ops.h"

#include <gtest/gtest.h>

#include <vector>

using namespace tlrt;
using Floats = std::vector<float>;

TEST(ScopeTest, TensorsAreUsableInsideTheScope) {
  Scope Tape("tape");
  EXPECT_EQ(Tape.name(), "tape");
  EXPECT_EQ((ones(2) + ones(2)).to_vector(), Floats({2, 2}));
}

TEST(ScopeTest, ReadingATensorThatEscapedItsScopeThrows) {
  Tensor Escaped;
  {
    Scope Tape("tape");
    Escaped = ones(3);
  }
  auto E = lifetime_error_of([&] { Escaped.at(0); });
  ASSERT_TRUE(E);
  EXPECT_EQ(E->kind(), LifetimeKind::UseAfterRelease);
  EXPECT_EQ(E->culprit(), "scope 'tape' ended");
  EXPECT_EQ(std::string(E->what()), "use-after-release: read of tensor " +
                                        ref(Escaped.id()) +
                                        " after scope 'tape' ended");
}

TEST(ScopeTest, LazyResultBelongsToTheScopeActiveAtTheCall) {
  Tensor A = ones(2);
  Tensor C;
  {
    Scope Tape("tape");
    C = A + A;
  }
  EXPECT_EQ(culprit_of([&] { C.at(0); }), "scope 'tape' ended");
}

TEST(ScopeTest, LazyResultFromOutsideSurvivesMaterialisingInside) {
  Tensor C = ones(2) + ones(2);
  {
    Scope Tape("tape");
    C.to_vector();
  }
  EXPECT_EQ(C.to_vector(), Floats({2, 2}));
}

TEST(ScopeTest, KeptTensorSurvivesTheScope) {
  Tensor Kept;
  {
    Scope Tape("tape");
    Tensor A = tensor({1, 2});
    Kept = Tape.keep(A * A + A);
  }
  EXPECT_EQ(Kept.to_vector(), Floats({2, 6}));
}

TEST(ScopeTest, KeepMovesIntoTheEnclosingScope) {
  Tensor Kept;
  {
    Scope Outer("outer");
    {
      Scope Inner("inner");
      Kept = Inner.keep(ones(1));
    }
    EXPECT_EQ(Kept.at(0), 1);
  }
  EXPECT_EQ(culprit_of([&] { Kept.at(0); }), "scope 'outer' ended");
}

TEST(ScopeTest, InnermostScopeOwnsNewTensors) {
  Scope Outer("outer");
  Tensor A = ones(1);
  Tensor B;
  {
    Scope Inner("inner");
    B = ones(1);
  }
  EXPECT_EQ(A.at(0), 1);
  EXPECT_EQ(culprit_of([&] { B.at(0); }), "scope 'inner' ended");
}

TEST(ScopeTest, CopyOutSurvivesTheScope) {
  Floats Out;
  {
    Scope Tape("tape");
    Out = (ones(2) + ones(2)).to_vector();
  }
  EXPECT_EQ(Out, Floats({2, 2}));
}

TEST(ScopeTest, CloneIsAllocatedInTheInnermostScope) {
  Tensor Outer = ones(2);
  Tensor Escaped;
  {
    Scope Tape("tape");
    Escaped = Outer.clone();
  }
  auto E = lifetime_error_of([&] { Escaped.at(0); });
  ASSERT_TRUE(E);
  EXPECT_EQ(E->culprit(), "scope 'tape' ended");
  EXPECT_EQ(Outer.to_vector(), Floats({1, 1}));
}

TEST(ScopeTest, LazyResultIsComputedByClone) {
  Tensor A = ones(2), B = ones(2);
  Tensor C = (A + B).clone();
  A.release();
  EXPECT_EQ(C.to_vector(), Floats({2, 2}));
}
