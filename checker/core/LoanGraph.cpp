#include "core/LoanGraph.h"

#include "llvm/ADT/STLExtras.h"

#include <vector>

namespace tensorlife {
using namespace clang;

void LoanGraph::endLifetime(ObjectId Owner, DeathKind Kind, SourceLocation Where, const Stmt *Site,
                            LifetimeState &S) {
  S.Objects[Owner].Causes.insert({Where, Owner, Kind, Relation::Self, Site});
  endBorrowers(Owner, Owner, Kind, Where, Site, /*BorrowsOnly=*/false, S);
}

void LoanGraph::endElements(ObjectId Container, ObjectId Element, DeathKind Kind,
                            SourceLocation Where, const Stmt *Site, LifetimeState &S) {
  // A reference to an element becomes an object of its own, which dies.
  llvm::SmallVector<ObjectId, 2> References;
  for (auto It = S.Aliases.begin(); It != S.Aliases.end();) {
    if (It->second != Container) {
      ++It;
      continue;
    }
    References.push_back(ObjectId::var(It->first));
    It = S.Aliases.erase(It);
  }
  for (ObjectId Reference : References) {
    ObjectState Old = S.Objects[Container]; // a copy: inserting may move the map's elements
    S.Objects[Reference] = std::move(Old);
    indexLoans(S, Reference);
    endLifetime(Reference, Kind, Where, Site, S);
  }
  // Copies of an element and lazy results reading it keep their own reference to its data.
  endBorrowers(Container, Element, Kind, Where, Site, /*BorrowsOnly=*/true, S);
}

void LoanGraph::endBorrowers(ObjectId Owner, ObjectId Named, DeathKind Kind, SourceLocation Where,
                             const Stmt *Site, bool BorrowsOnly, LifetimeState &S) {
  // Everything that (transitively) borrows from the owner dies with it. Lazy results already
  // carry their upstream loans, so only direct borrowing is followed further. Copies sharing the
  // buffer die too, but what reads them is not followed: copies are linked with every sharer when
  // made, and a chain of links through the join of two paths may share no buffer on any one path.
  llvm::SmallVector<ObjectId, 8> Dying{Owner};
  ObjectSet Seen{Owner};
  while (!Dying.empty()) {
    ObjectId Current = Dying.back();
    Dying.pop_back();
    for (ObjectId Other : dependentsOf(S, Current)) {
      if (Other == Owner)
        continue;
      ObjectState &State = S.Objects[Other];
      for (const Loan &L : State.Loans) {
        // A holder sharing what a parameter depends on does not die with the parameter.
        if (L.Owner != Current || L.Rel == Relation::Shares)
          continue;
        // Further down the chain only what points into memory dies: lazy results and copies
        // already carry the loans of their inputs.
        if ((Current != Owner || BorrowsOnly) && !isBorrow(L.Rel))
          continue;
        State.Causes.insert({Where, Named, Kind, L.Rel, Site});
        if (passesEndOn(L.Rel) && Seen.insert(Other))
          Dying.push_back(Other);
      }
    }
  }
}

void LoanGraph::invalidate(ObjectId Owner, SourceLocation Where, const Stmt *Site,
                           LifetimeState &S) {
  // The owner and what it hands out stay usable; pointers and views into its memory do not.
  ObjectSet Lenders{Owner};
  for (ObjectId Other : dependentsOf(S, Owner))
    for (const Loan &L : S.Objects[Other].Loans)
      if (L.Owner == Owner && L.Rel == Relation::Borrowed)
        Lenders.insert(Other);
  for (ObjectId Lender : Lenders)
    for (ObjectId Other : dependentsOf(S, Lender)) {
      ObjectState &State = S.Objects[Other];
      for (const Loan &L : State.Loans)
        if (L.Owner == Lender && pointsIntoMemory(L.Rel))
          State.Causes.insert({Where, Owner, DeathKind::Invalidated, L.Rel, Site});
    }
}

void LoanGraph::reinit(ObjectId V, ObjectState Value, ObjectId CopiedFrom, LifetimeState &S) {
  // Dependents of the old value keep it alive (or already recorded its end): detach them.
  for (ObjectId Other : dependentsOf(S, V)) {
    LoanSet &Loans = S.Objects[Other].Loans;
    for (auto It = Loans.begin(); It != Loans.end();)
      It = It->Owner == V ? Loans.erase(It) : std::next(It);
  }
  S.Objects[V] = std::move(Value);
  indexLoans(S, V);
  if (CopiedFrom && CopiedFrom != V) {
    // Copies share one buffer: the new copy is linked both ways with every holder of it (the
    // value copied carries the source's links to the others).
    S.Objects[V].Loans.insert({CopiedFrom, Relation::SharedBuffer, false});
    std::vector<ObjectId> Sharers;
    for (const Loan &L : S.Objects[V].Loans)
      if (L.Rel == Relation::SharedBuffer && L.Owner != V)
        Sharers.push_back(L.Owner);
    for (ObjectId Sharer : Sharers) {
      S.Objects[Sharer].Loans.insert({V, Relation::SharedBuffer, false});
      Holders[V].insert(Sharer);
      Holders[Sharer].insert(V);
    }
  }
}

void LoanGraph::transferLoans(ObjectId From, ObjectId To, LifetimeState &S) {
  for (ObjectId Other : dependentsOf(S, From)) {
    if (Other == To)
      continue;
    LoanSet &Loans = S.Objects[Other].Loans;
    LoanSet Moved;
    for (auto It = Loans.begin(); It != Loans.end();) {
      if (It->Owner != From) {
        ++It;
        continue;
      }
      Moved.insert({To, It->Rel, It->ViaInput});
      It = Loans.erase(It);
    }
    if (!Moved.empty())
      Holders[To].insert(Other);
    Loans.insert(Moved.begin(), Moved.end());
  }
}

void LoanGraph::materialise(ObjectId V, const ObjectState &Value, LifetimeState &S) {
  llvm::SmallVector<ObjectId, 8> Work;
  ObjectSet Seen;
  auto Push = [&](ObjectId O) {
    if (O && Seen.insert(O))
      Work.push_back(O);
  };
  // An input computed with its reader, unless it reads the reader in turn: no one path has
  // that, only the join of two (the input's old value read on one, a new one on the other).
  auto PushInput = [&](ObjectId Input, ObjectId Reader) {
    auto It = S.Objects.find(Input);
    if (It == S.Objects.end() || llvm::none_of(It->second.Loans, [&](const Loan &L) {
          return L.ViaInput && L.Owner == Reader;
        }))
      Push(Input);
  };
  Push(V);
  // Computing the value (a variable or a temporary) computes the lazy values it reads.
  for (const Loan &L : Value.Loans)
    if (L.ViaInput && L.Rel == Relation::Input)
      PushInput(L.Owner, V);
  while (!Work.empty()) {
    ObjectId O = Work.back();
    Work.pop_back();
    auto It = S.Objects.find(O);
    if (It == S.Objects.end())
      continue;
    // Copies share the computed buffer; what O read lazily is computed with it.
    ObjectSet Read;
    llvm::SmallVector<ObjectId, 4> Inputs;
    LoanSet &Loans = It->second.Loans;
    for (const Loan &L : Loans) {
      if (L.Rel == Relation::SharedBuffer)
        Push(L.Owner);
      if (L.ViaInput && L.Rel == Relation::Input)
        Inputs.push_back(L.Owner);
      if (L.ViaInput)
        Read.insert(L.Owner);
    }
    for (ObjectId Input : Inputs)
      PushInput(Input, O);
    for (auto L = Loans.begin(); L != Loans.end();)
      L = L->ViaInput ? Loans.erase(L) : std::next(L);
    // Lazy results built from O now read O's buffer, no longer what O read.
    for (ObjectId Result : dependentsOf(S, O)) {
      LoanSet &Theirs = S.Objects[Result].Loans;
      if (llvm::none_of(Theirs,
                        [&](const Loan &L) { return L.Owner == O && L.Rel == Relation::Input; }))
        continue;
      for (auto L = Theirs.begin(); L != Theirs.end();)
        L = L->Rel == Relation::UpstreamInput && Read.count(L->Owner) ? Theirs.erase(L)
                                                                      : std::next(L);
    }
  }
}

void LoanGraph::reseat(ObjectId Target, LifetimeState &S) {
  for (auto It = S.Aliases.begin(); It != S.Aliases.end();) {
    if (It->second != Target) {
      ++It;
      continue;
    }
    ObjectState Old = S.Objects[Target]; // a copy: inserting may move the map's elements
    S.Objects[ObjectId::var(It->first)] = std::move(Old);
    indexLoans(S, ObjectId::var(It->first));
    It = S.Aliases.erase(It);
  }
  reinit(Target, {}, {}, S);
}

void LoanGraph::handOver(ObjectId Old, ObjectId Keeper, LifetimeState &S) {
  ObjectState Value = S.Objects[Old]; // a copy: inserting may move the map's elements
  S.Objects[Keeper] = std::move(Value);
  indexLoans(S, Keeper);
  transferLoans(Old, Keeper, S);
}

void LoanGraph::indexLoans(const LifetimeState &S, ObjectId Holder) {
  if (auto It = S.Objects.find(Holder); It != S.Objects.end())
    for (const Loan &L : It->second.Loans)
      Holders[L.Owner].insert(Holder);
}

llvm::SmallVector<ObjectId, 8> LoanGraph::dependentsOf(const LifetimeState &S,
                                                       ObjectId Owner) const {
  llvm::SmallVector<ObjectId, 8> Result;
  auto It = Holders.find(Owner);
  if (It == Holders.end())
    return Result;
  for (ObjectId Holder : It->second)
    if (Holder != Owner && S.Objects.count(Holder))
      Result.push_back(Holder);
  return Result;
}

} // namespace tensorlife
