#include "core/ApiModel.h"

#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"

namespace tensorlife {
using namespace clang;

static constexpr llvm::StringLiteral Prefix = "tensorlife::";

void ApiModel::collect(const Decl *D, std::vector<Fact> &Facts, TypeRole &Role) {
  for (const auto *A : D->specific_attrs<AnnotateAttr>()) {
    llvm::StringRef Text = A->getAnnotation();
    if (!Text.starts_with(Prefix))
      continue;
    ParsedFact P = parseFact(Text.drop_front(Prefix.size()).str());
    if (!P.Error.empty()) {
      if (!SeenProblems.insert({A, true}).second)
        continue;
      Problems.push_back({A->getLocation(), "malformed annotation '" + Text.str() + "': " + P.Error});
      continue;
    }
    if (P.Role != TypeRole::None)
      Role = P.Role;
    for (Fact &F : P.Facts)
      Facts.push_back(std::move(F));
  }
}

const std::vector<Fact> &ApiModel::factsOf(const FunctionDecl *FD) {
  const Decl *Key = FD->getCanonicalDecl();
  auto It = FunctionFacts.find(Key);
  if (It != FunctionFacts.end())
    return It->second;

  std::vector<Fact> Facts;
  TypeRole Ignored = TypeRole::None;
  const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern();
  for (const FunctionDecl *Source : {FD, Pattern}) {
    if (!Source)
      continue;
    for (const FunctionDecl *Redecl : Source->redecls())
      collect(Redecl, Facts, Ignored);
    // Redeclarations repeat the same facts; keep each once.
    if (!Facts.empty())
      break;
  }
  std::vector<Fact> Unique;
  for (Fact &F : Facts) {
    bool Seen = false;
    for (const Fact &U : Unique)
      Seen |= U.Kind == F.Kind && U.Operands == F.Operands;
    if (!Seen)
      Unique.push_back(std::move(F));
  }
  return FunctionFacts[Key] = std::move(Unique);
}

TypeRole ApiModel::roleOf(QualType T) {
  T = T.getNonReferenceType();
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD)
    return TypeRole::None;
  RD = RD->getCanonicalDecl();
  auto It = TypeRoles.find(RD);
  if (It != TypeRoles.end())
    return It->second;

  TypeRole Role = TypeRole::None;
  std::vector<Fact> Ignored;
  for (const TagDecl *Redecl : RD->redecls())
    collect(Redecl, Ignored, Role);
  if (Role == TypeRole::None)
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
      for (const TagDecl *Redecl : Spec->getSpecializedTemplate()->getTemplatedDecl()->redecls())
        collect(Redecl, Ignored, Role);
  return TypeRoles[RD] = Role;
}

QualType smartPointee(QualType T) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T.getNonReferenceType()->getAsCXXRecordDecl());
  if (!Spec || !Spec->isInStdNamespace() || Spec->getTemplateArgs().size() == 0)
    return {};
  llvm::StringRef Name = Spec->getName();
  if (Name != "unique_ptr" && Name != "shared_ptr")
    return {};
  const TemplateArgument &Arg = Spec->getTemplateArgs()[0];
  return Arg.getKind() == TemplateArgument::Type ? Arg.getAsType() : QualType();
}

TypeRole ApiModel::roleOfVariable(const VarDecl *V) {
  QualType T = V->getType().getNonReferenceType();
  if (T->isPointerType())
    T = T->getPointeeType();
  else if (QualType Pointee = smartPointee(T); !Pointee.isNull())
    T = Pointee;
  return roleOf(T);
}

std::vector<ApiModel::Problem> ApiModel::takeProblems() {
  std::vector<Problem> Result;
  Result.swap(Problems);
  return Result;
}

} // namespace tensorlife
