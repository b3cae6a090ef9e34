// The loan graph's operations on plain states, without an AST: object ids are opaque addresses.
#include "core/LoanGraph.h"

#include <gtest/gtest.h>

#include <cstdint>

using namespace tensorlife;

namespace {

ObjectId object(uintptr_t N) {
  return ObjectId::var(reinterpret_cast<const clang::VarDecl *>(N * 16));
}

const ObjectId Owner = object(1), Holder = object(2), Further = object(3), Other = object(4);

struct LoanGraphTest : ::testing::Test {
  LifetimeState S;
  LoanGraph Graph;

  LoanGraphTest() { S.Reached = true; }

  void hold(ObjectId H, ObjectId O, Relation Rel, bool ViaInput = false) {
    S.Objects[H].Loans.insert({O, Rel, ViaInput});
    Graph.indexLoans(S, H);
  }
  void end(ObjectId O, DeathKind Kind = DeathKind::Closed) {
    Graph.endLifetime(O, Kind, {}, nullptr, S);
  }
  /// The relations through which ends reached \p O.
  std::vector<Relation> reached(ObjectId O) {
    std::vector<Relation> Rels;
    for (const Cause &C : S.Objects[O].Causes)
      Rels.push_back(C.Rel);
    return Rels;
  }
  bool holds(ObjectId H, ObjectId O) {
    for (const Loan &L : S.Objects[H].Loans)
      if (L.Owner == O)
        return true;
    return false;
  }
};

using Rels = std::vector<Relation>;

TEST_F(LoanGraphTest, AnEndReachesTheOwnerAndWhatBorrowsFromItTransitively) {
  hold(Holder, Owner, Relation::Borrowed);
  hold(Further, Holder, Relation::Data);
  end(Owner);
  EXPECT_EQ(reached(Owner), Rels{Relation::Self});
  EXPECT_EQ(reached(Holder), Rels{Relation::Borrowed});
  EXPECT_EQ(reached(Further), Rels{Relation::Data});
  EXPECT_EQ(S.Objects[Further].Causes.begin()->Owner, Owner);
}

TEST_F(LoanGraphTest, AnEndReachesOnlyTheDirectReadersOfALazyResult) {
  hold(Holder, Owner, Relation::Input, /*ViaInput=*/true);
  hold(Further, Holder, Relation::Input, /*ViaInput=*/true);
  end(Owner, DeathKind::Released);
  EXPECT_EQ(reached(Holder), Rels{Relation::Input});
  EXPECT_EQ(reached(Further), Rels{}); // it carries its own upstream loans
}

TEST_F(LoanGraphTest, AScopeEndReachesWhatBorrowsFromItsAllocations) {
  hold(Holder, Owner, Relation::InScope);
  hold(Further, Holder, Relation::View);
  end(Owner, DeathKind::ScopeEnded);
  EXPECT_EQ(reached(Holder), Rels{Relation::InScope});
  EXPECT_EQ(reached(Further), Rels{Relation::View});
}

TEST_F(LoanGraphTest, InvalidatingDanglesPointersAndViewsButNotTheOwnerOrWhatItLends) {
  hold(Holder, Owner, Relation::View);
  hold(Other, Owner, Relation::Borrowed);
  hold(Further, Other, Relation::Data); // into memory the owner lent
  Graph.invalidate(Owner, {}, nullptr, S);
  EXPECT_EQ(reached(Owner), Rels{});
  EXPECT_EQ(reached(Other), Rels{});
  EXPECT_EQ(reached(Holder), Rels{Relation::View});
  EXPECT_EQ(reached(Further), Rels{Relation::Data});
  EXPECT_EQ(S.Objects[Further].Causes.begin()->Kind, DeathKind::Invalidated);
}

TEST_F(LoanGraphTest, ANewValueDetachesTheDependentsOfTheOldOne) {
  hold(Holder, Owner, Relation::Borrowed);
  Graph.reinit(Owner, {}, {}, S);
  EXPECT_FALSE(holds(Holder, Owner));
  end(Owner);
  EXPECT_EQ(reached(Holder), Rels{});
}

TEST_F(LoanGraphTest, ACopyIsLinkedBothWaysWithEveryHolderOfTheBuffer) {
  hold(Other, Owner, Relation::SharedBuffer);
  hold(Owner, Other, Relation::SharedBuffer);
  ObjectState Copied = S.Objects[Owner]; // the value copied carries the source's links
  Graph.reinit(Holder, Copied, /*CopiedFrom=*/Owner, S);
  EXPECT_TRUE(holds(Holder, Owner));
  EXPECT_TRUE(holds(Holder, Other));
  EXPECT_TRUE(holds(Owner, Holder));
  EXPECT_TRUE(holds(Other, Holder));
  end(Other, DeathKind::Released);
  EXPECT_EQ(reached(Holder), Rels{Relation::SharedBuffer});
}

TEST_F(LoanGraphTest, AMoveHandsTheLoansToTheNewOwner) {
  hold(Holder, Owner, Relation::Borrowed);
  Graph.transferLoans(Owner, Other, S);
  EXPECT_FALSE(holds(Holder, Owner));
  EXPECT_TRUE(holds(Holder, Other));
  end(Owner);
  EXPECT_EQ(reached(Holder), Rels{});
  end(Other);
  EXPECT_EQ(reached(Holder), Rels{Relation::Borrowed});
}

TEST_F(LoanGraphTest, ReadingALazyResultComputesItAndTheLazyValuesItReads) {
  hold(Further, Owner, Relation::Input, /*ViaInput=*/true);  // Further = f(Owner), lazy
  hold(Holder, Further, Relation::Input, /*ViaInput=*/true); // Holder = g(Further), lazy
  hold(Holder, Owner, Relation::UpstreamInput, /*ViaInput=*/true);
  Graph.materialise(Holder, ObjectState(S.Objects[Holder]), S);
  EXPECT_TRUE(S.Objects[Holder].Loans.empty());
  EXPECT_TRUE(S.Objects[Further].Loans.empty());
  end(Owner, DeathKind::Released);
  EXPECT_EQ(reached(Holder), Rels{});
  EXPECT_EQ(reached(Further), Rels{});
}

TEST_F(LoanGraphTest, AnEagerLoanSurvivesMaterialising) {
  hold(Holder, Owner, Relation::View);
  hold(Holder, Other, Relation::Input, /*ViaInput=*/true);
  Graph.materialise(Holder, ObjectState(S.Objects[Holder]), S);
  EXPECT_TRUE(holds(Holder, Owner));
  EXPECT_FALSE(holds(Holder, Other));
}

TEST_F(LoanGraphTest, AReseatLeavesTheOldValueWithThePointersTakenFromIt) {
  const auto *Raw = reinterpret_cast<const clang::VarDecl *>(0x500);
  hold(Owner, Other, Relation::Borrowed);
  S.Aliases[Raw] = Owner;
  Graph.reseat(Owner, S);
  EXPECT_EQ(S.Aliases.count(Raw), 0u);
  EXPECT_TRUE(holds(ObjectId::var(Raw), Other));
  EXPECT_TRUE(S.Objects[Owner].Loans.empty());
  end(Other);
  EXPECT_EQ(reached(ObjectId::var(Raw)), Rels{Relation::Borrowed});
  EXPECT_EQ(reached(Owner), Rels{});
}

TEST_F(LoanGraphTest, StatesJoinByUnion) {
  LifetimeState A = S, B = S;
  A.Objects[Holder].Causes.insert({{}, Owner, DeathKind::Closed, Relation::Borrowed, nullptr});
  B.Objects[Holder].Causes.insert({{}, Other, DeathKind::Released, Relation::Input, nullptr});
  A.join(B);
  EXPECT_EQ(A.Objects[Holder].Causes.size(), 2u);
  LifetimeState Unreached;
  A.join(Unreached);
  EXPECT_EQ(A.Objects[Holder].Causes.size(), 2u);
}

} // namespace

TEST_F(LoanGraphTest, EndingElementsReachesBorrowersAndReferencesButNotTheContainerOrCopies) {
  const ObjectId Container = Owner, Reference = object(5);
  ObjectId Element = Container;
  Element.Element = ObjectId::AnyElement;
  S.Objects[Container];
  hold(Holder, Container, Relation::Data);
  hold(Other, Container, Relation::SharedBuffer);
  S.Aliases[Reference.Var] = Container;
  Graph.endElements(Container, Element, DeathKind::Destroyed, {}, nullptr, S);
  EXPECT_EQ(reached(Container), Rels{});
  EXPECT_EQ(reached(Holder), Rels{Relation::Data});
  EXPECT_EQ(S.Objects[Holder].Causes.begin()->Owner, Element);
  EXPECT_EQ(reached(Other), Rels{});
  EXPECT_EQ(reached(Reference), Rels{Relation::Self});
  EXPECT_FALSE(S.Aliases.count(Reference.Var));
}
