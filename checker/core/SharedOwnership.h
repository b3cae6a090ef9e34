// Shared ownership (a `shared_pointer` such as std::shared_ptr): the object dies with its last
// owner. Owners are counted only where all of them are known: a local variable initialised by
// adopting a pointer with a deleter that ends it (`shared_ptr<TF_Tensor>(t, TF_DeleteTensor)`),
// and its copies in local variables, each used only in ways that make no other copy (`get()`,
// `->`, `reset()`, copying into another such variable). A copy aliases the first owner, whose
// ObjectId carries the object; when the first owner lets go while copies live, a copy takes the
// object over. Elsewhere (a copy given to a function, stored, captured or returned, a shared
// pointer from elsewhere) the end of an owner ends nothing.
#ifndef TENSORLIFE_CORE_SHAREDOWNERSHIP_H
#define TENSORLIFE_CORE_SHAREDOWNERSHIP_H

#include "core/AnalysisContext.h"
#include "core/LifetimeState.h"
#include "core/LoanGraph.h"
#include "core/ObjectResolver.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

namespace tensorlife {

class SharedOwnership {
public:
  SharedOwnership(clang::ASTContext &Ctx, AnalysisContext &AC, ObjectResolver &Objects,
                  LoanGraph &Graph)
      : Ctx(Ctx), AC(AC), Objects(Objects), Graph(Graph) {}

  /// A local variable (not a reference) of a shared pointer to a tracked type.
  bool isOwnerVariable(const clang::VarDecl *V);
  /// The owner variable \p E designates, if any.
  const clang::VarDecl *ownerVariableOf(const clang::Expr *E);

  /// \p V (an owner variable) gets a new value from \p Init. Returns true when it is a copy of
  /// (or moved from) an owner of a counted object: \p V then aliases that object, and nothing
  /// else is to be done. Otherwise the caller gives \p V its value, then calls adopted().
  bool copied(const clang::VarDecl *V, const clang::Expr *Init, LifetimeState &S);
  /// After \p V was given the value of \p Init: when it adopts a pointer with a deleter that
  /// ends it, \p V is its first counted owner.
  void adopted(const clang::VarDecl *V, const clang::Expr *Init, LifetimeState &S);

  enum class LetGo {
    NotCounted,   // the owners are not known: nothing ends (\p V still holds its value)
    OthersRemain, // another owner keeps the object alive; \p V holds a fresh value
    Last,         // \p V was the last owner: its object ends now, named by \p V
  };
  /// Owner variable \p V lets go of its object (reset, scope end, assignment, a move).
  LetGo letGo(const clang::VarDecl *V, LifetimeState &S);

private:
  /// Whether some use of \p V may copy it where its owners cannot be counted.
  bool escapes(const clang::VarDecl *V);
  /// A function whose facts end its first parameter (`TF_DeleteTensor`), named or addressed.
  bool endsWhatItGets(const clang::Expr *Deleter);

  clang::ASTContext &Ctx;
  AnalysisContext &AC;
  ObjectResolver &Objects;
  LoanGraph &Graph;
  /// Per function body: the owner variables used where a copy may be made unseen.
  llvm::DenseMap<const clang::Stmt *, llvm::DenseSet<const clang::VarDecl *>> Escaping;
};

} // namespace tensorlife

#endif
