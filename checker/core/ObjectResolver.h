// Which tracked object an expression designates (a variable, a member, an element standing for
// its container, a temporary), the role of each object, and the names messages give them.
#ifndef TENSORLIFE_CORE_OBJECTRESOLVER_H
#define TENSORLIFE_CORE_OBJECTRESOLVER_H

#include "core/ApiModel.h"
#include "core/Expressions.h"
#include "core/LifetimeState.h"
#include "core/Messages.h"

#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseMap.h"

#include <string>

namespace tensorlife {

class ObjectResolver {
public:
  ObjectResolver(clang::ASTContext &Ctx, ApiModel &Model)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Model(Model) {}

  /// The tracked object \p E designates in \p S (through aliases), or a null ObjectId.
  ObjectId resolve(const clang::Expr *E, const LifetimeState &S);

  /// designated() with this analysis's model.
  const clang::Expr *designated(const clang::Expr *E, bool *Moved = nullptr) {
    return tensorlife::designated(E, Model, Moved);
  }

  /// The role of a type, through pointers and smart pointers.
  TypeRole roleOfType(clang::QualType T);
  TypeRole roleOf(ObjectId O);
  /// Cached: asked for at every mention of a variable.
  TypeRole roleOfVariable(const clang::VarDecl *V);

  std::string nameOf(ObjectId O);
  std::string textOf(const clang::Expr *E);
  NamedObject named(ObjectId O) {
    return {roleOf(O), nameOf(O), O.Temp != nullptr, O.Element == ObjectId::AnyElement, nounOf(O)};
  }
  /// The model's noun for the object's type (through pointers), "" if none.
  std::string nounOf(ObjectId O);

  /// The local container \p E is an element of (`*cache.at(7)`), when it holds tracked objects
  /// and is not tracked yet; else a null ObjectId.
  ObjectId untrackedContainer(const clang::Expr *E, const LifetimeState &S);

  /// Member \p Field of the struct \p Pointer points at (`p->sess`), as that struct's member;
  /// a null ObjectId when where it points is not known.
  ObjectId memberThroughPointer(const clang::VarDecl *Pointer, const clang::FieldDecl *Field,
                                const LifetimeState &S);

  ApiModel &model() { return Model; }

  /// The local array variable \p E names when its elements are tracked objects (`TF_Tensor
  /// *parts[3]`): each element with a constant index is an object of its own.
  const clang::VarDecl *arrayOfHandles(const clang::Expr *E);

private:
  /// The container \p E is an element of, by its `result_element` fact; null if none.
  const clang::Expr *containerOfElement(const clang::Expr *E);

  clang::ASTContext &Ctx;
  clang::SourceManager &SM;
  ApiModel &Model;
  llvm::DenseMap<const clang::VarDecl *, TypeRole> VariableRoles;
};

} // namespace tensorlife

#endif
