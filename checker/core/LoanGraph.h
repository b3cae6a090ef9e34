// The loan graph at one program point: which objects hold loans on which owners (LifetimeState),
// and the operations that change it when a lifetime ends, memory moves or a value is replaced.
// It works on ObjectIds and states alone, no AST: its rules are unit-tested on plain ids.
#ifndef TENSORLIFE_CORE_LOANGRAPH_H
#define TENSORLIFE_CORE_LOANGRAPH_H

#include "core/LifetimeState.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

namespace tensorlife {

class LoanGraph {
public:
  /// \p Owner's lifetime ends: it, and everything that borrows from it (transitively through
  /// borrowed objects, data pointers, views and scoped allocations), records the end.
  void endLifetime(ObjectId Owner, DeathKind Kind, clang::SourceLocation Where,
                   const clang::Stmt *Site, LifetimeState &S);

  /// Some elements of container \p Container end (it stands for its elements): what borrows from
  /// it and the references aliasing it die, the end named \p Element; the container lives on.
  void endElements(ObjectId Container, ObjectId Element, DeathKind Kind,
                   clang::SourceLocation Where, const clang::Stmt *Site, LifetimeState &S);

  /// \p Owner's memory moved: data pointers and views into it, or into what it lends, dangle; the
  /// owner and what it lends stay usable.
  void invalidate(ObjectId Owner, clang::SourceLocation Where, const clang::Stmt *Site,
                  LifetimeState &S);

  /// \p V gets a new value (detaching the dependents of its old one). \p CopiedFrom: the tensor
  /// the value copies, with which it then shares a buffer.
  void reinit(ObjectId V, ObjectState Value, ObjectId CopiedFrom, LifetimeState &S);

  /// What borrowed from \p From now borrows from \p To (a move).
  void transferLoans(ObjectId From, ObjectId To, LifetimeState &S);

  /// Reading lazy value \p V computes it, and with it the lazy values it reads and its copies'
  /// shared buffer: none of them depends on its inputs any more. \p Value is V's value.
  void materialise(ObjectId V, const ObjectState &Value, LifetimeState &S);

  /// A smart pointer \p Target lets go of what it holds: the pointers that alias it keep the old
  /// value, and it holds a fresh one.
  void reseat(ObjectId Target, LifetimeState &S);

  /// \p Old is about to hold another value: \p Keeper (a pointer copied from it) keeps the old
  /// one, with what borrows from it.
  void handOver(ObjectId Old, ObjectId Keeper, LifetimeState &S);
  /// Records that \p Holder holds its loans, for dependentsOf.
  void indexLoans(const LifetimeState &S, ObjectId Holder);

  /// The objects of \p S, other than \p Owner, that may hold a loan on \p Owner, in ObjectId
  /// order.
  llvm::SmallVector<ObjectId, 8> dependentsOf(const LifetimeState &S, ObjectId Owner) const;

  /// Whether anything ever held a loan on \p Owner (in any state so far).
  bool everLent(ObjectId Owner) const { return Holders.count(Owner); }

private:
  /// The end of \p Owner reaching what depends on it (\p BorrowsOnly: only what borrows from
  /// it), recorded as the end of \p Named.
  void endBorrowers(ObjectId Owner, ObjectId Named, DeathKind Kind, clang::SourceLocation Where,
                    const clang::Stmt *Site, bool BorrowsOnly, LifetimeState &S);

  /// Owner -> every object that held a loan on it in some state so far: a superset of its
  /// dependents in any one state, so that they are found without scanning every object.
  llvm::DenseMap<ObjectId, ObjectSet> Holders;
};

} // namespace tensorlife

#endif
