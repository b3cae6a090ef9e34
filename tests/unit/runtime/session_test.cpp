#include "tlrt/session.h"

#include "lifetime_error_of.h"
#include "tlrt/ops.h"

#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>
#include <utility>
#include <vector>

using namespace tlrt;
using Floats = std::vector<float>;

namespace {
struct SessionTest : testing::Test {
  Graph G;
  Node A = G.constant({1, 2, 3});
  Node B = G.constant(Floats{4, 5, 6});
  Node C = G.add(A, B);
};
} // namespace

TEST_F(SessionTest, RunEvaluatesTheGraph) {
  Session S(G);
  EXPECT_FALSE(S.is_closed());
  EXPECT_EQ(S.run(C).to_vector(), Floats({5, 7, 9}));
  EXPECT_EQ(S.run(G.mul(C, B)).to_vector(), Floats({20, 35, 54}));
}

TEST_F(SessionTest, RunAfterCloseThrowsSessionClosed) {
  Session S(G);
  S.close();
  EXPECT_TRUE(S.is_closed());
  std::string Culprit =
      "session " + ref(S.id()) + " was closed by Session::close()";
  try {
    S.run(C);
    FAIL() << "expected SessionClosed";
  } catch (const SessionClosed &E) {
    EXPECT_EQ(E.kind(), LifetimeKind::UseAfterClose);
    EXPECT_EQ(E.culprit(), Culprit);
    EXPECT_EQ(std::string(E.what()),
              "Session is closed (use-after-close): run of session " +
                  ref(S.id()) + " after " + Culprit);
  }
}

TEST_F(SessionTest, ReadingABorrowedOutputAfterCloseThrows) {
  Session S(G);
  Tensor Out = S.run(C);
  S.close();
  auto E = lifetime_error_of([&] { Out.at(0); });
  ASSERT_TRUE(E);
  EXPECT_EQ(E->kind(), LifetimeKind::UseAfterClose);
  EXPECT_EQ(E->culprit(),
            "session " + ref(S.id()) + " was closed by Session::close()");
  EXPECT_EQ(std::string(E->what()), "use-after-close: read of tensor " +
                                        ref(Out.id()) + " after session " +
                                        ref(S.id()) +
                                        " was closed by Session::close()");
}

TEST_F(SessionTest, ReadingAnOutputAfterTheSessionIsDestroyedThrows) {
  Tensor Out;
  int Id = 0;
  {
    Session S(G);
    Id = S.id();
    Out = S.run(C);
  }
  auto E = lifetime_error_of([&] { print(Out); });
  ASSERT_TRUE(E);
  EXPECT_EQ(E->kind(), LifetimeKind::UseAfterClose);
  EXPECT_EQ(E->culprit(), "session " + ref(Id) + " was destroyed");
}

TEST_F(SessionTest, LazyResultOfAClosedSessionsOutputThrows) {
  Session S(G);
  Tensor Out = S.run(C);
  Tensor D = Out + Out;
  S.close();
  auto E = lifetime_error_of([&] { D.at(0); });
  ASSERT_TRUE(E);
  EXPECT_EQ(E->kind(), LifetimeKind::UseAfterClose);
  EXPECT_EQ(std::string(E->what()),
            "use-after-close: read of tensor " + ref(D.id()) +
                " after session " + ref(S.id()) +
                " was closed by Session::close(), ending input tensor " +
                ref(Out.id()));
}

TEST_F(SessionTest, CopyOutBeforeCloseSurvives) {
  Session S(G);
  Floats Out = S.run(C).to_vector();
  S.close();
  EXPECT_EQ(Out, Floats({5, 7, 9}));
}

TEST_F(SessionTest, CloseIsIdempotent) {
  Session S(G);
  Tensor Out = S.run(C);
  S.close();
  S.close();
  EXPECT_EQ(culprit_of([&] { Out.at(0); }),
            "session " + ref(S.id()) + " was closed by Session::close()");
}

TEST_F(SessionTest, MoveAssigningANewSessionReopens) {
  Session S(G);
  Tensor Old = S.run(C);
  S.close();
  S = Session(G);
  EXPECT_FALSE(S.is_closed());
  EXPECT_EQ(S.run(C).to_vector(), Floats({5, 7, 9}));
  EXPECT_TRUE(lifetime_error_of([&] { Old.at(0); }));
}

TEST_F(SessionTest, MoveAssigningOverAnOpenSessionClosesIt) {
  Session S(G);
  int OldId = S.id();
  Tensor Old = S.run(C);
  S = Session(G);
  EXPECT_EQ(culprit_of([&] { Old.at(0); }),
            "session " + ref(OldId) + " was destroyed");
}

TEST_F(SessionTest, MovedFromSessionIsClosed) {
  Session S(G);
  Tensor Out = S.run(C);
  Session T = std::move(S);
  EXPECT_TRUE(S.is_closed()); // NOLINT(bugprone-use-after-move)
  EXPECT_THROW(S.run(C), SessionClosed);
  EXPECT_FALSE(T.is_closed());
  EXPECT_EQ(Out.to_vector(), Floats({5, 7, 9}));
}

TEST_F(SessionTest, GraphDestroyedBeforeTheSessionIsFine) {
  std::unique_ptr<Session> S;
  Node Sum;
  {
    Graph Local;
    Sum = Local.add(Local.constant({1}), Local.constant({2}));
    S = std::make_unique<Session>(Local);
  }
  EXPECT_EQ(S->run(Sum).to_vector(), Floats({3}));
}

TEST_F(SessionTest, NodesOfAnotherGraphAreRejected) {
  Graph Other;
  Node Foreign = Other.constant({1, 2, 3});
  Session S(G);
  EXPECT_THROW(S.run(Foreign), std::invalid_argument);
  EXPECT_THROW(S.run(Node()), std::invalid_argument);
  EXPECT_THROW(G.add(A, Foreign), std::invalid_argument);
}

TEST_F(SessionTest, SizeMismatchIsRejectedWhenBuilding) {
  EXPECT_THROW(G.mul(A, G.constant({1})), std::invalid_argument);
}
