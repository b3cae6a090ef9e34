#include "tlrt/host_buffer.h"

#include "lifetime_error_of.h"
#include "tlrt/ops.h"
#include "tlrt/scope.h"

#include <gtest/gtest.h>

#include <vector>

using namespace tlrt;
using Floats = std::vector<float>;

TEST(HostBufferTest, ViewReadsTheCallersMemory) {
  HostBuffer Buf({1, 2, 3});
  Tensor V = from_blob(Buf);
  EXPECT_EQ(V.to_vector(), Floats({1, 2, 3}));
  Buf.data()[0] = 10; // Not a copy: the view sees the write.
  EXPECT_EQ(V.at(0), 10);
  EXPECT_EQ(Buf.size(), 3u);
}

TEST(HostBufferTest, ReadingAViewOfADestroyedBufferThrows) {
  Tensor V;
  int BufId = 0;
  {
    HostBuffer Buf({1, 2});
    BufId = Buf.id();
    V = from_blob(Buf);
  }
  auto E = lifetime_error_of([&] { V.at(0); });
  ASSERT_TRUE(E);
  EXPECT_EQ(E->kind(), LifetimeKind::UseAfterRelease);
  EXPECT_EQ(E->culprit(), "buffer " + ref(BufId) + " was destroyed");
  EXPECT_EQ(std::string(E->what()), "use-after-release: read of tensor " +
                                        ref(V.id()) + " after buffer " +
                                        ref(BufId) + " was destroyed");
}

TEST(HostBufferTest, ReadingAViewOfAFreedBufferThrows) {
  HostBuffer Buf({1, 2});
  Tensor V = from_blob(Buf);
  Buf.free();
  auto E = lifetime_error_of([&] { V.to_vector(); });
  ASSERT_TRUE(E);
  EXPECT_EQ(E->culprit(),
            "buffer " + ref(Buf.id()) + " was released by HostBuffer::free()");
  EXPECT_TRUE(lifetime_error_of([&] { Buf.data(); }));
}

TEST(HostBufferTest, LazyResultOverADeadViewThrows) {
  HostBuffer Buf({1, 2});
  Tensor V = from_blob(Buf);
  Tensor C = V + ones(2);
  Buf.free();
  auto E = lifetime_error_of([&] { C.at(0); });
  ASSERT_TRUE(E);
  EXPECT_EQ(std::string(E->what()),
            "use-after-release: read of tensor " + ref(C.id()) +
                " after buffer " + ref(Buf.id()) +
                " was released by HostBuffer::free(), ending input tensor " +
                ref(V.id()));
}

TEST(HostBufferTest, ReleasingAViewKeepsTheBuffer) {
  HostBuffer Buf({4, 5});
  Tensor V = from_blob(Buf);
  V.release();
  EXPECT_TRUE(lifetime_error_of([&] { V.at(0); }));
  EXPECT_EQ(Buf.data()[1], 5);
  EXPECT_EQ(from_blob(Buf).to_vector(), Floats({4, 5}));
}

TEST(HostBufferTest, ViewsAreNotAllocatedInScopes) {
  HostBuffer Buf({6});
  Tensor V;
  {
    Scope Tape("tape");
    V = from_blob(Buf);
  }
  EXPECT_EQ(V.at(0), 6);
}

TEST(HostBufferTest, RawMemoryView) {
  float Raw[] = {1, 2};
  Tensor V = from_blob(Raw, 2);
  EXPECT_EQ(V.to_vector(), Floats({1, 2}));
  Raw[1] = 3;
  EXPECT_EQ(V.at(1), 3);
}

TEST(HostBufferTest, CloneOfAViewOutlivesTheBuffer) {
  Tensor Copy;
  {
    HostBuffer Buf({1, 2, 3});
    Tensor V = from_blob(Buf);
    Copy = V.clone();
    Buf.data()[0] = 10; // An owning copy: the write to the buffer does not reach it.
    EXPECT_EQ(V.at(0), 10);
  }
  EXPECT_EQ(Copy.to_vector(), Floats({1, 2, 3}));
  EXPECT_NE(Copy.id(), 0);
}

TEST(HostBufferTest, CloneOfADeadViewThrows) {
  Tensor V;
  {
    HostBuffer Buf({1, 2});
    V = from_blob(Buf);
  }
  auto E = lifetime_error_of([&] { V.clone(); });
  ASSERT_TRUE(E);
  EXPECT_EQ(E->kind(), LifetimeKind::UseAfterRelease);
}
