// Explains which path makes a use bad: when a lifetime ends inside one branch of an `if` that does
// not also contain the use, the warning only holds when that branch is taken.
#ifndef TENSORLIFE_CORE_PATHNOTES_H
#define TENSORLIFE_CORE_PATHNOTES_H

#include "core/Finding.h"

#include "clang/AST/Decl.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/SourceManager.h"

#include "llvm/ADT/DenseSet.h"

#include <memory>
#include <vector>

namespace tensorlife {

class PathNotes {
public:
  PathNotes(const clang::FunctionDecl &FD, const clang::SourceManager &SM) : FD(FD), SM(SM) {}

  /// "assuming this condition is true/false" at each `if` condition, outermost first, that must
  /// go one way for \p End to happen before \p Use.
  std::vector<Note> assumptions(const clang::Stmt *End, const clang::Stmt *Use);

  /// True when \p End and \p Use sit in branches of the same unchanged boolean taken opposite
  /// ways (`if (c) release(t); ... if (!c) print(t);`): no path runs both.
  bool exclusive(const clang::Stmt *End, const clang::Stmt *Use);

private:
  /// A condition that must hold for a statement to run: a variable and its value.
  using Guard = std::pair<const clang::VarDecl *, bool>;
  /// The `if`s enclosing \p S but not \p Other, innermost first, and which branch holds \p S.
  std::vector<std::pair<const clang::IfStmt *, bool>> branches(const clang::Stmt *S,
                                                             const clang::Stmt *Other);
  std::vector<Guard> guards(const clang::Stmt *S, const clang::Stmt *Other);
  bool contains(const clang::Stmt *Outer, const clang::Stmt *Inner) const;
  const clang::ParentMap &parents();

  const clang::FunctionDecl &FD;
  const clang::SourceManager &SM;
  std::unique_ptr<clang::ParentMap> Parents;
  /// Variables the body may change (assigned, incremented, address taken, passed by reference).
  std::unique_ptr<llvm::DenseSet<const clang::VarDecl *>> Written;
};

} // namespace tensorlife

#endif
