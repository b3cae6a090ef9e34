// What tensorlife knows about an API: the facts of each function and the role of each type,
// read from `[[clang::annotate("tensorlife::...")]]` on their declarations and from API models
// (JSON, by qualified name: the built-in ones and the user's, see ModelFile.h and docs/models.md).
#ifndef TENSORLIFE_CORE_APIMODEL_H
#define TENSORLIFE_CORE_APIMODEL_H

#include "core/Fact.h"
#include "core/ModelFile.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/DenseMap.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace tensorlife {

/// The name models match a declaration by: namespaces and classes joined with `::`, without
/// template arguments or inline namespaces (`std::vector`, `Ort::detail::ValueImpl::GetTensorData`).
std::string modelName(const clang::NamedDecl *D);

/// The parameter types model entries are matched against (ApiModel.cpp).
struct Signature;

class ApiModel {
public:
  /// Annotations plus the built-in models.
  ApiModel();
  /// Annotations plus the built-in models plus `UserModels` (later ones take precedence).
  explicit ApiModel(ModelSets UserModels);

  /// The facts of a function, from all its redeclarations and its template pattern.
  const std::vector<Fact> &factsOf(const clang::FunctionDecl *FD);

  /// The facts of a struct member of function-pointer type (a C API's function table, called as
  /// `api->ReleaseSession(s)`): from the models only, by the member's qualified name
  /// (`OrtApi::ReleaseSession`), with `params` matched against the pointee's prototype. A data
  /// member (`tensorflow::SavedModelBundle::session`) is matched like an accessor with no
  /// parameters: reading it has the result facts a call of it would have.
  const std::vector<Fact> &factsOf(const clang::FieldDecl *Member);

  /// The lifetime role of a class type (references and cv-qualifiers are looked through); None
  /// for a smart pointer, whose role is its pointee's.
  TypeRole roleOf(clang::QualType T);

  /// How to make an owning copy of a value of type \p T (`{}` standing for the value), from an
  /// `owning_copy` annotation on the class or the last model giving one; "" when none is known.
  std::string owningCopyOf(clang::QualType T);
  /// What messages call a value of \p T when its model gives a `noun` ("interpreter"); "" when
  /// its role's name does.
  std::string nounOf(clang::QualType T);

  /// OwningPointer or SharedPointer when T is a smart pointer (a class whose role is one), else
  /// None.
  TypeRole pointerRole(clang::QualType T);

  /// The class a smart pointer owns (its first template argument); null for anything else.
  clang::QualType pointee(clang::QualType T);

  /// The role of what a variable holds, refers to or points to (raw or smart pointer).
  TypeRole roleOfVariable(const clang::VarDecl *V);

  /// An annotation that could not be understood; reported once each.
  struct Problem {
    clang::SourceLocation Loc;
    std::string Message;
  };
  std::vector<Problem> takeProblems();

private:
  /// Parses the tensorlife annotations attached to one declaration.
  void collect(const clang::Decl *D, std::vector<Fact> &Facts, TypeRole &Role);
  /// The facts the models give a function or function-pointer member with these parameter
  /// types: from the last model with a matching entry.
  void modelFacts(const clang::NamedDecl *D, const Signature &Sig, std::vector<Fact> &Facts);
  /// The role the models give a class (or its template): from the last model naming it.
  TypeRole modelRole(const clang::CXXRecordDecl *RD);
  /// The role a class is given, a pointer role included.
  TypeRole declaredRole(clang::QualType T);

  ModelSets Models; // built-in first, then the user's

  /// Node-based: the references factsOf returns stay valid while it grows.
  std::unordered_map<const clang::Decl *, std::vector<Fact>> FunctionFacts;
  llvm::DenseMap<const clang::Decl *, TypeRole> TypeRoles;
  llvm::DenseMap<const clang::Attr *, bool> SeenProblems;
  std::vector<Problem> Problems;
};

} // namespace tensorlife

#endif
