#include "core/ApiModel.h"

#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"

namespace tensorlife {
using namespace clang;

static constexpr llvm::StringLiteral Prefix = "tensorlife::";

ApiModel::ApiModel() : Models(builtinModels()) {}

ApiModel::ApiModel(ModelSets UserModels) : Models(builtinModels()) {
  for (auto &M : UserModels)
    if (M)
      Models.push_back(std::move(M));
}

std::string modelName(const NamedDecl *D) {
  std::string Last;
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(D))
    Last = Ctor->getParent()->getNameAsString();
  else if (const auto *Dtor = dyn_cast<CXXDestructorDecl>(D))
    Last = "~" + Dtor->getParent()->getNameAsString();
  else
    Last = D->getDeclName().getAsString();

  std::vector<std::string> Parts{Last};
  for (const DeclContext *C = D->getDeclContext(); C; C = C->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(C)) {
      // Inline (std::__1, std::__cxx11) and anonymous namespaces are not part of the name.
      if (NS->isInline() || NS->isAnonymousNamespace())
        continue;
      Parts.push_back(NS->getName().str());
    } else if (const auto *R = dyn_cast<RecordDecl>(C)) {
      // A class template specialization is named by its template: no template arguments.
      Parts.push_back(R->getIdentifier() ? R->getName().str() : std::string("(anonymous)"));
    } else if (const auto *F = dyn_cast<FunctionDecl>(C)) {
      Parts.push_back(F->getNameAsString()); // a local class
    }
  }
  std::string Name;
  for (auto It = Parts.rbegin(); It != Parts.rend(); ++It)
    Name += (Name.empty() ? "" : "::") + *It;
  return Name;
}

/// Whether one `params` type pattern matches a parameter type: it occurs in the type as written
/// or in its canonical spelling.
static bool typeMatches(const std::string &Pattern, QualType T, const PrintingPolicy &Policy) {
  if (Pattern.empty())
    return true;
  return T.getAsString(Policy).find(Pattern) != std::string::npos ||
         T.getCanonicalType().getAsString(Policy).find(Pattern) != std::string::npos;
}

/// The parameter types a model entry is matched against: a function's, and its template
/// pattern's (`T *` as written, where the instantiation has `float *`); or a function-pointer
/// member's prototype.
struct Signature {
  llvm::SmallVector<QualType, 8> Params;
  llvm::SmallVector<QualType, 8> PatternParams;
};

static bool paramsMatch(const FunctionModel &M, const Signature &Sig,
                        const PrintingPolicy &Policy) {
  if (M.NumParams >= 0 && static_cast<size_t>(M.NumParams) != Sig.Params.size())
    return false;
  for (size_t I = 0; I < M.ParamTypes.size(); ++I) {
    bool Ok = typeMatches(M.ParamTypes[I], Sig.Params[I], Policy);
    if (!Ok && I < Sig.PatternParams.size())
      Ok = typeMatches(M.ParamTypes[I], Sig.PatternParams[I], Policy);
    if (!Ok)
      return false;
  }
  return true;
}

void ApiModel::modelFacts(const NamedDecl *D, const Signature &Sig, std::vector<Fact> &Facts) {
  if (Models.empty())
    return;
  std::string Name = modelName(D);
  const PrintingPolicy &Policy = D->getASTContext().getPrintingPolicy();
  // The last model with a matching entry decides; within it, the most specific entry.
  for (auto M = Models.rbegin(); M != Models.rend(); ++M) {
    auto It = (*M)->FunctionIndex.find(Name);
    if (It == (*M)->FunctionIndex.end())
      continue;
    const FunctionModel *Best = nullptr;
    for (size_t Index : It->second) {
      const FunctionModel &F = (*M)->Functions[Index];
      if (paramsMatch(F, Sig, Policy) && (!Best || F.specificity() > Best->specificity()))
        Best = &F;
    }
    if (!Best)
      continue;
    Facts.insert(Facts.end(), Best->Facts.begin(), Best->Facts.end());
    return;
  }
}

TypeRole ApiModel::modelRole(const CXXRecordDecl *RD) {
  if (Models.empty())
    return TypeRole::None;
  std::string Name = modelName(RD);
  for (auto M = Models.rbegin(); M != Models.rend(); ++M) {
    auto It = (*M)->TypeIndex.find(Name);
    if (It != (*M)->TypeIndex.end())
      return (*M)->Types[It->second].Role;
  }
  return TypeRole::None;
}

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
  // Then what the API models say about it (by qualified name).
  Signature Sig;
  for (const ParmVarDecl *P : FD->parameters())
    Sig.Params.push_back(P->getType());
  if (Pattern)
    for (const ParmVarDecl *P : Pattern->parameters())
      Sig.PatternParams.push_back(P->getType());
  modelFacts(FD, Sig, Facts);
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

const std::vector<Fact> &ApiModel::factsOf(const FieldDecl *Member) {
  const Decl *Key = Member->getCanonicalDecl();
  auto It = FunctionFacts.find(Key);
  if (It != FunctionFacts.end())
    return It->second;
  std::vector<Fact> Facts;
  QualType T = Member->getType();
  if (const auto *Proto =
          T->isFunctionPointerType() ? T->getPointeeType()->getAs<FunctionProtoType>() : nullptr) {
    Signature Sig;
    Sig.Params.append(Proto->param_type_begin(), Proto->param_type_end());
    modelFacts(Member, Sig, Facts);
  } else if (!T->isFunctionPointerType()) {
    modelFacts(Member, Signature{}, Facts); // a data member, read like an accessor
  }
  return FunctionFacts[Key] = std::move(Facts);
}

TypeRole ApiModel::roleOf(QualType T) {
  TypeRole Role = declaredRole(T);
  return isPointerRole(Role) ? TypeRole::None : Role;
}

TypeRole ApiModel::pointerRole(QualType T) {
  TypeRole Role = declaredRole(T);
  return isPointerRole(Role) ? Role : TypeRole::None;
}

TypeRole ApiModel::declaredRole(QualType T) {
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
  if (Role == TypeRole::None)
    Role = modelRole(RD);
  return TypeRoles[RD] = Role;
}

std::string ApiModel::owningCopyOf(QualType T) {
  const CXXRecordDecl *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD)
    return "";
  std::vector<const TagDecl *> Decls(RD->redecls_begin(), RD->redecls_end());
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
    for (const TagDecl *Redecl : Spec->getSpecializedTemplate()->getTemplatedDecl()->redecls())
      Decls.push_back(Redecl);
  for (const TagDecl *D : Decls)
    for (const auto *A : D->specific_attrs<AnnotateAttr>()) {
      llvm::StringRef Text = A->getAnnotation();
      if (Text.starts_with(Prefix)) {
        ParsedFact P = parseFact(Text.drop_front(Prefix.size()).str());
        if (!P.OwningCopy.empty())
          return P.OwningCopy;
      }
    }
  std::string Name = modelName(RD);
  for (auto M = Models.rbegin(); M != Models.rend(); ++M) {
    auto It = (*M)->TypeIndex.find(Name);
    if (It != (*M)->TypeIndex.end() && !(*M)->Types[It->second].OwningCopy.empty())
      return (*M)->Types[It->second].OwningCopy;
  }
  return "";
}

std::string ApiModel::nounOf(QualType T) {
  const CXXRecordDecl *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD)
    return "";
  std::string Name = modelName(RD);
  for (auto M = Models.rbegin(); M != Models.rend(); ++M) {
    auto It = (*M)->TypeIndex.find(Name);
    if (It != (*M)->TypeIndex.end() && !(*M)->Types[It->second].Noun.empty())
      return (*M)->Types[It->second].Noun;
  }
  return "";
}

QualType ApiModel::pointee(QualType T) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T.getNonReferenceType()->getAsCXXRecordDecl());
  if (!Spec || Spec->getTemplateArgs().size() == 0 || pointerRole(T) == TypeRole::None)
    return {};
  const TemplateArgument &Arg = Spec->getTemplateArgs()[0];
  return Arg.getKind() == TemplateArgument::Type ? Arg.getAsType() : QualType();
}

TypeRole ApiModel::roleOfVariable(const VarDecl *V) {
  QualType T = V->getType().getNonReferenceType();
  if (T->isPointerType())
    T = T->getPointeeType();
  else if (QualType Pointee = pointee(T); !Pointee.isNull())
    T = Pointee;
  return roleOf(T);
}

std::vector<ApiModel::Problem> ApiModel::takeProblems() {
  std::vector<Problem> Result;
  Result.swap(Problems);
  return Result;
}

} // namespace tensorlife
