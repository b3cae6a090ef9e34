#include "tlrt/event_log.h"

#include "lifetime_error_of.h"
#include "tlrt/host_buffer.h"
#include "tlrt/ops.h"
#include "tlrt/scope.h"
#include "tlrt/session.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

using namespace tlrt;
using Lines = std::vector<std::string>;

namespace {
// The log is process-wide: each test starts it empty and leaves it off.
struct EventLogTest : testing::Test {
  void SetUp() override {
    event_log().clear();
    event_log().enable();
  }
  void TearDown() override {
    event_log().disable();
    event_log().clear();
  }
};
} // namespace

TEST_F(EventLogTest, RecordsAllocationAndReleaseInAScope) {
  int Id = 0;
  {
    Scope Tape("tape");
    Tensor A = ones(3);
    Id = A.id();
    release(A);
  }
  EXPECT_EQ(event_log().events(),
            Lines({"begin scope 'tape'",
                   "alloc tensor " + ref(Id) + " (ones) in scope 'tape'",
                   "release tensor " + ref(Id) + " (release())",
                   "end scope 'tape'"}));
}

TEST_F(EventLogTest, RecordsScopeEndReleases) {
  Tensor A;
  {
    Scope Tape("tape");
    A = zeros(1);
  }
  EXPECT_EQ(event_log().events().back(),
            "release tensor " + ref(A.id()) + " (scope 'tape' ended)");
}

TEST_F(EventLogTest, RecordsLazyResultsAndTheirMaterialisation) {
  Tensor A = ones(1), B = ones(1);
  Tensor C = A + B;
  C.to_vector();
  Lines Events = event_log().events();
  ASSERT_EQ(Events.size(), 4u);
  EXPECT_EQ(Events[2], "lazy tensor " + ref(C.id()) + " = add(" + ref(A.id()) +
                           ", " + ref(B.id()) + ")");
  EXPECT_EQ(Events[3], "alloc tensor " + ref(C.id()) + " (add)");
}

TEST_F(EventLogTest, RecordsSessionOpenCloseAndOutputRelease) {
  Graph G;
  Node N = G.constant({1});
  Session S(G);
  Tensor Out = S.run(N);
  S.close();
  std::string Name = "session " + ref(S.id());
  EXPECT_EQ(event_log().events(),
            Lines({"open " + Name,
                   "alloc tensor " + ref(Out.id()) + " (run) in " + Name,
                   "close " + Name,
                   "release tensor " + ref(Out.id()) + " (" + Name +
                       " was closed by Session::close())"}));
}

TEST_F(EventLogTest, RecordsHostBuffersAndViews) {
  int BufId = 0, ViewId = 0;
  {
    HostBuffer Buf({1});
    BufId = Buf.id();
    ViewId = from_blob(Buf).id();
  }
  EXPECT_EQ(event_log().events(),
            Lines({"alloc buffer " + ref(BufId) + " (HostBuffer)",
                   "view tensor " + ref(ViewId) + " of buffer " + ref(BufId),
                   "release buffer " + ref(BufId) + " (destroyed)"}));
}

TEST_F(EventLogTest, EchoesEachEventAsALine) {
  std::ostringstream Echo;
  event_log().enable(&Echo);
  Tensor A = ones(1);
  EXPECT_EQ(Echo.str(), "tlrt: alloc tensor " + ref(A.id()) + " (ones)\n");
}

TEST_F(EventLogTest, DisabledLogRecordsNothing) {
  event_log().disable();
  EXPECT_FALSE(event_log().enabled());
  ones(1).release();
  EXPECT_TRUE(event_log().events().empty());
}

TEST_F(EventLogTest, ClearForgetsEvents) {
  ones(1);
  event_log().clear();
  EXPECT_TRUE(event_log().events().empty());
}
