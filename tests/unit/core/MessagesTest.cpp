#include "core/Messages.h"

#include <gtest/gtest.h>

using namespace tensorlife;

namespace {

clang::SourceLocation at(unsigned Offset) {
  return clang::SourceLocation::getFromRawEncoding(Offset);
}

std::pair<Cause, NamedObject> cause(unsigned Offset, DeathKind Kind, Relation Rel, TypeRole Role,
                                    const char *Name) {
  return {Cause{at(Offset), ObjectId{}, Kind, Rel}, NamedObject{Role, Name}};
}

TEST(Messages, BorrowedFromClosedSession) {
  EXPECT_EQ(useMessage({TypeRole::Tensor, "out"}, "read",
                       {cause(1, DeathKind::Closed, Relation::Borrowed, TypeRole::Session, "sess")}),
            "'out' is read after session 'sess' was closed");
}

TEST(Messages, SessionItself) {
  EXPECT_EQ(useMessage({TypeRole::Session, "sess"}, "run",
                       {cause(1, DeathKind::Closed, Relation::Self, TypeRole::Session, "sess")}),
            "session 'sess' is run after it was closed");
}

TEST(Messages, SelfThroughAliasNamesTheOwner) {
  EXPECT_EQ(useMessage({TypeRole::Tensor, "r"}, "read",
                       {cause(1, DeathKind::Released, Relation::Self, TypeRole::Tensor, "a")}),
            "'r' is read after 'a' was released");
}

TEST(Messages, ListsAllReleasedInputs) {
  EXPECT_EQ(useMessage({TypeRole::Tensor, "c"}, "read",
                       {cause(1, DeathKind::Released, Relation::Input, TypeRole::Tensor, "a"),
                        cause(2, DeathKind::Released, Relation::Input, TypeRole::Tensor, "b"),
                        cause(3, DeathKind::Released, Relation::Input, TypeRole::Tensor, "d")}),
            "'c' is read after its inputs 'a', 'b' and 'd' were released");
}

TEST(Messages, UpstreamInput) {
  EXPECT_EQ(useMessage({TypeRole::Tensor, "e"}, "read",
                       {cause(1, DeathKind::Released, Relation::UpstreamInput, TypeRole::Tensor,
                              "a")}),
            "'e' is read after its upstream input 'a' was released");
}

TEST(Messages, ViewScopeAndSharedBuffer) {
  EXPECT_EQ(useMessage({TypeRole::Tensor, "t"}, "read",
                       {cause(1, DeathKind::Destroyed, Relation::View, TypeRole::Buffer, "buf")}),
            "'t' is read after buffer 'buf' was destroyed");
  EXPECT_EQ(useMessage({TypeRole::Tensor, "kept"}, "read",
                       {cause(1, DeathKind::ScopeEnded, Relation::InScope, TypeRole::Scope, "tape")}),
            "'kept' is read after scope 'tape' ended");
  EXPECT_EQ(useMessage({TypeRole::Tensor, "t2"}, "read",
                       {cause(1, DeathKind::Released, Relation::SharedBuffer, TypeRole::Tensor, "t")}),
            "'t2' is read after 't', which shares its buffer, was released");
}

TEST(Messages, EndNotes) {
  auto [Closed, Sess] = cause(1, DeathKind::Closed, Relation::Self, TypeRole::Session, "sess");
  EXPECT_EQ(endNote(Closed, Sess), "session 'sess' was closed here");
  auto [Ended, Tape] = cause(1, DeathKind::ScopeEnded, Relation::Self, TypeRole::Scope, "tape");
  EXPECT_EQ(endNote(Ended, Tape), "scope 'tape' ended here");
  auto [Released, A] = cause(1, DeathKind::Released, Relation::Self, TypeRole::Tensor, "a");
  EXPECT_EQ(endNote(Released, A), "'a' was released here");
}

TEST(Messages, Categories) {
  EXPECT_EQ(categoryOf(DeathKind::Closed, TypeRole::Session), Category::UseAfterClose);
  EXPECT_EQ(categoryOf(DeathKind::Destroyed, TypeRole::Session), Category::UseAfterClose);
  EXPECT_EQ(categoryOf(DeathKind::Destroyed, TypeRole::Buffer), Category::UseAfterRelease);
  EXPECT_EQ(categoryOf(DeathKind::ScopeEnded, TypeRole::Scope), Category::UseAfterRelease);
  EXPECT_EQ(categoryOf(DeathKind::Released, TypeRole::Tensor), Category::UseAfterRelease);
}

} // namespace
