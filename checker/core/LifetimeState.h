// The dataflow lattice of the lifetime analysis: at one program point, for each tracked object,
// which lifetime ends may have reached it (on some path) and what it borrows from.
//
// An object holds Loans on owners (a Relation each) and Causes: ends that reached it. What each
// event does to a holder, by its relation to the owner (LoanGraph implements it):
//
//   relation       the holder is              owner ends (close, destroy,  owner's memory  holder
//                                             release, scope, replace)     moves           is read
//   Self           the owner                  ends                         -               -
//   Borrowed       handed out by the owner    ends, and what it lends      what it lends   -
//                  (a session's output)                                    points into it
//                                                                          dangles
//   Data           a raw pointer into its     ends, and what borrows from  dangles         -
//                  memory                     it
//   View           a view over its buffer     ends, and what borrows from  dangles         -
//                                             it
//   InScope        allocated in the scope     ends, and what borrows from  -               -
//                                             it
//   Input          a lazy result reading it   ends (direct holders only)   -               loan
//   UpstreamInput  ... through another one    ends (direct holders only)   -               dropped
//   SharedBuffer   a copy sharing its buffer  ends (direct holders only)   -               sharers
//                                                                                          computed
//   Shares         shares what a parameter    -                            -               -
//                  depends on (for summaries)
//
// A may-analysis: states join by union (LifetimeState::join), so a Cause means "on some path".
#ifndef TENSORLIFE_CORE_LIFETIMESTATE_H
#define TENSORLIFE_CORE_LIFETIMESTATE_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/SourceLocation.h"

#include "core/SortedVector.h"

#include "llvm/ADT/DenseMapInfo.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/raw_ostream.h"

#include <set>
#include <string>
#include <tuple>

namespace tensorlife {

/// How an object's lifetime ended.
enum class DeathKind {
  Closed,
  Destroyed,
  Replaced,
  Released,
  ScopeEnded,
  Invalidated,    // its memory was re-allocated: data pointers into it dangle
  TemporaryEnded, // a temporary died at the end of its full-expression
  MaybeReleased,  // handed to a function that may release it (an option)
  MovedFrom,      // a session std::move'd out of: left closed
  DeadOnReturn    // returned by a helper after what it depends on died there (reported there)
};

/// Something with a lifetime: a local variable or parameter, a member of one (or of `*this`), an
/// element of one, or a temporary.
struct ObjectId {
  /// Element: the object itself.
  static constexpr int Whole = -1;
  /// Element: the element of a container that ended (pop_back, erase, clear), not which one.
  static constexpr int AnyElement = -2;
  /// Element: what the object holds by `holds(X, Y)` (the values bound to a binding), which
  /// running the object uses.
  static constexpr int Held = -3;

  const clang::VarDecl *Var = nullptr;     // null for a member of *this or a temporary
  const clang::FieldDecl *Field = nullptr; // set for a member
  const clang::Expr *Temp = nullptr;       // set for a temporary
  int Element = Whole;                     // >= 0: that element of an array variable

  static ObjectId var(const clang::VarDecl *V) { return {V, nullptr, nullptr}; }
  static ObjectId element(const clang::VarDecl *V, int Index) { return {V, nullptr, nullptr, Index}; }
  explicit operator bool() const { return Var || Field || Temp; }
  /// A variable itself: not a member, an element or a temporary.
  bool isVariable() const { return Var && !Field && !Temp && Element == Whole; }
  /// The variable this is an element of, or a null ObjectId.
  ObjectId wholeArray() const { return Element >= 0 ? var(Var) : ObjectId{}; }
  auto key() const { return std::make_tuple(Var, Field, Temp, Element); }
  bool operator<(const ObjectId &O) const { return key() < O.key(); }
  bool operator==(const ObjectId &O) const { return key() == O.key(); }
  bool operator!=(const ObjectId &O) const { return !(*this == O); }
};

using ObjectSet = SortedSet<ObjectId, 4>;

/// How an object depends on the owner whose lifetime ended.
enum class Relation {
  Self,          // it is the owner
  Borrowed,      // handed out by the owner (session output)
  Data,          // a raw pointer into the owner's memory
  Input,         // a lazy result reads the owner when first read
  UpstreamInput, // ... through another lazy result
  View,          // a non-owning view over the owner's buffer
  InScope,       // allocated in the owner scope
  SharedBuffer,  // a copy sharing the owner's buffer
  Shares,        // shares what the owner (a parameter) depends on, not the owner itself
};

/// Handed out by, pointing into or viewing the owner: dies with it, and passes the end on.
inline bool isBorrow(Relation R) {
  return R == Relation::Borrowed || R == Relation::Data || R == Relation::View;
}
/// Holders through which an owner's end reaches further holders.
inline bool passesEndOn(Relation R) { return isBorrow(R) || R == Relation::InScope; }
/// Pointing into the owner's memory: dangles when that memory moves.
inline bool pointsIntoMemory(Relation R) { return R == Relation::Data || R == Relation::View; }
/// Read when the holder is computed, not now: a lazy result's inputs, or a copy's shared buffer.
inline bool isLazy(Relation R) {
  return R == Relation::Input || R == Relation::UpstreamInput || R == Relation::SharedBuffer;
}

/// A lifetime end that reaches an object, and how.
struct Cause {
  clang::SourceLocation Where;
  ObjectId Owner;
  DeathKind Kind;
  Relation Rel;
  const clang::Stmt *Site = nullptr; // the statement that ended it, for path notes

  auto key() const { return std::make_tuple(Where.getRawEncoding(), Owner.key(), Kind, Rel); }
  bool operator<(const Cause &O) const { return key() < O.key(); }
  bool operator==(const Cause &O) const { return key() == O.key(); }
};

/// A dependency of an object on an owner that is still alive.
struct Loan {
  ObjectId Owner;
  Relation Rel;
  bool ViaInput; // comes from a lazy input: dropped once the result is materialised

  auto key() const { return std::make_tuple(Owner.key(), Rel, ViaInput); }
  bool operator<(const Loan &O) const { return key() < O.key(); }
  bool operator==(const Loan &O) const { return key() == O.key(); }
};

using CauseSet = SortedSet<Cause, 1>;
using LoanSet = SortedSet<Loan, 2>;

/// What a value carries: ends that already reached it, and what it still depends on.
struct ObjectState {
  CauseSet Causes;
  LoanSet Loans;

  /// A live view and nothing else (`from_blob(buf)`): its data is the viewed buffers'.
  bool isLiveViewOnly() const {
    return Causes.empty() && !Loans.empty() && llvm::all_of(Loans, [](const Loan &L) {
             return L.Rel == Relation::View && !L.ViaInput;
           });
  }

  bool operator==(const ObjectState &O) const { return Causes == O.Causes && Loans == O.Loans; }
};

struct LifetimeState {
  bool Reached = false;
  SortedMap<ObjectId, ObjectState> Objects;
  /// Reference and pointer variables -> the tracked object they designate; a null ObjectId when
  /// it differs between paths (unknown: kept, so that joining never forgets it).
  SortedMap<const clang::VarDecl *, ObjectId> Aliases;
  /// Scopes constructed and not yet destroyed on some path.
  std::set<const clang::VarDecl *> LiveScopes;
  /// Shared pointers holding an object whose owners are all known: the variable and the copies
  /// aliasing it (SharedOwnership). The last of them to let go ends the object.
  std::set<const clang::VarDecl *> SharedOwners;

  bool operator==(const LifetimeState &O) const {
    return Reached == O.Reached && Objects == O.Objects && Aliases == O.Aliases &&
           LiveScopes == O.LiveScopes && SharedOwners == O.SharedOwners;
  }

  /// May-join: what happened on either path.
  void join(const LifetimeState &O) {
    if (!O.Reached)
      return;
    if (!Reached) {
      *this = O;
      return;
    }
    for (const auto &[V, S] : O.Objects) {
      ObjectState &Mine = Objects[V];
      Mine.Causes.insert(S.Causes.begin(), S.Causes.end());
      Mine.Loans.insert(S.Loans.begin(), S.Loans.end());
    }
    for (const auto &[V, Target] : O.Aliases) {
      auto It = Aliases.find(V);
      if (It == Aliases.end())
        Aliases.emplace(V, Target);
      else if (It->second != Target)
        It->second = {}; // points to different objects on different paths: unknown
    }
    LiveScopes.insert(O.LiveScopes.begin(), O.LiveScopes.end());
    SharedOwners.insert(O.SharedOwners.begin(), O.SharedOwners.end());
  }
};

/// The state as text, one object a line ("out: ended{closed sess borrowed} loans{sess
/// borrowed}"), for debugging (the DumpStates option).
void dump(const LifetimeState &S, llvm::raw_ostream &OS);
/// An object's name for dump(): the variable, `.field`, or `<temporary>`.
std::string dumpName(ObjectId O);

} // namespace tensorlife

template <> struct llvm::DenseMapInfo<tensorlife::ObjectId> {
  // No object is a bare temporary at these addresses.
  static tensorlife::ObjectId getEmptyKey() {
    return {nullptr, nullptr, DenseMapInfo<const clang::Expr *>::getEmptyKey()};
  }
  static tensorlife::ObjectId getTombstoneKey() {
    return {nullptr, nullptr, DenseMapInfo<const clang::Expr *>::getTombstoneKey()};
  }
  static unsigned getHashValue(const tensorlife::ObjectId &O) {
    using Ptr = DenseMapInfo<const void *>;
    return detail::combineHashValue(
        detail::combineHashValue(
            detail::combineHashValue(Ptr::getHashValue(O.Var), Ptr::getHashValue(O.Field)),
            Ptr::getHashValue(O.Temp)),
        static_cast<unsigned>(O.Element));
  }
  static bool isEqual(const tensorlife::ObjectId &A, const tensorlife::ObjectId &B) {
    return A == B;
  }
};

#endif
