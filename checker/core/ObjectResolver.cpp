#include "core/ObjectResolver.h"

#include "core/LanguageRules.h"

#include "clang/AST/ExprCXX.h"
#include "clang/Lex/Lexer.h"

namespace tensorlife {
using namespace clang;

ObjectId ObjectResolver::resolve(const Expr *E, const LifetimeState &S) {
  E = designated(E);
  if (!E)
    return {};
  if (const auto *U = dyn_cast<UnaryOperator>(E))
    if (U->getOpcode() == UO_Deref || U->getOpcode() == UO_AddrOf)
      return resolve(U->getSubExpr(), S);
  // Pointer arithmetic stays in the memory its pointer operand points into.
  if (const Expr *Base = arithmeticBase(E); Base != E)
    return resolve(Base, S);

  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const auto *V = dyn_cast<VarDecl>(DRE->getDecl());
    if (!V || !V->isLocalVarDeclOrParm())
      return {};
    auto Alias = S.Aliases.find(V);
    if (Alias != S.Aliases.end() && Alias->second)
      return Alias->second;
    ObjectId Id = ObjectId::var(V);
    bool Tracked = roleOfVariable(V) != TypeRole::None || S.Objects.count(Id) ||
                   V->getType()->isConstantArrayType();
    return Tracked ? Id : ObjectId{};
  }

  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    const auto *Field = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (!Field || asModelledMemberRead(ME, Model))
      return {}; // a modelled data member is a value of its object (ValueEvaluator)
    const Expr *Base = ME->getBase()->IgnoreParenImpCasts();
    ObjectId Id;
    if (isa<CXXThisExpr>(Base))
      Id = {nullptr, Field, nullptr};
    else if (const auto *BaseRef = dyn_cast<DeclRefExpr>(Base))
      if (const auto *V = dyn_cast<VarDecl>(BaseRef->getDecl()); V && V->isLocalVarDeclOrParm())
        Id = ME->isArrow() ? memberThroughPointer(V, Field, S) : ObjectId{V, Field, nullptr};
    if (!Id)
      return {};
    bool Tracked = roleOfType(Field->getType()) != TypeRole::None || S.Objects.count(Id);
    return Tracked ? Id : ObjectId{};
  }

  // An element of a local array of handles, by its constant index; any other index stands for
  // the whole array.
  if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E))
    if (const VarDecl *Array = arrayOfHandles(AS->getBase())) {
      if (std::optional<llvm::APSInt> Index = AS->getIdx()->getIntegerConstantExpr(Ctx);
          Index && Index->isNonNegative() && Index->getExtValue() < (1 << 20))
        return ObjectId::element(Array, static_cast<int>(Index->getExtValue()));
      return ObjectId::var(Array);
    }

  // An element of a container of tracked objects stands for the whole container.
  if (const Expr *Container = containerOfElement(E)) {
    ObjectId Id = resolve(Container, S);
    if (Id && S.Objects.count(Id) && holdsTrackedElements(designated(Container)->getType(), Model))
      return Id;
  }
  return {};
}

ObjectId ObjectResolver::memberThroughPointer(const VarDecl *Pointer, const FieldDecl *Field,
                                              const LifetimeState &S) {
  // A local pointer known to point at a struct variable (`Job *p = &j;`) reaches its members; a
  // pointer parameter stands for the caller's struct (its members are the summary's).
  if (auto Alias = S.Aliases.find(Pointer); Alias != S.Aliases.end())
    return Alias->second.isVariable() ? ObjectId{Alias->second.Var, Field, nullptr} : ObjectId{};
  if (isa<ParmVarDecl>(Pointer) && Pointer->getType()->isPointerType())
    return {Pointer, Field, nullptr};
  return {};
}

ObjectId ObjectResolver::untrackedContainer(const Expr *E, const LifetimeState &S) {
  const Expr *Container = containerOfElement(designated(E));
  const auto *DRE = Container ? dyn_cast<DeclRefExpr>(designated(Container)) : nullptr;
  const auto *V = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!V || !V->isLocalVarDeclOrParm() || S.Objects.count(ObjectId::var(V)) ||
      !holdsTrackedElements(V->getType(), Model))
    return {};
  return ObjectId::var(V);
}

const VarDecl *ObjectResolver::arrayOfHandles(const Expr *E) {
  const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  const auto *V = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!V || !V->isLocalVarDeclOrParm())
    return nullptr;
  const auto *Array = Ctx.getAsConstantArrayType(V->getType());
  return Array && roleOfType(Array->getElementType()) != TypeRole::None ? V : nullptr;
}

const Expr *ObjectResolver::containerOfElement(const Expr *E) {
  const auto *Call = dyn_cast<CallExpr>(E);
  const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
  if (!Callee)
    return nullptr;
  for (const Fact &F : Model.factsOf(Callee))
    if (F.Kind == FactKind::ResultElement)
      if (std::optional<CallSite> C = asCall(E))
        return operandOf(*C, F.Operands[0]);
  return nullptr;
}

TypeRole ObjectResolver::roleOfType(QualType T) {
  T = T.getNonReferenceType();
  if (T->isPointerType())
    T = T->getPointeeType();
  else if (QualType Pointee = Model.pointee(T); !Pointee.isNull())
    T = Pointee;
  return Model.roleOf(T);
}

TypeRole ObjectResolver::roleOfVariable(const VarDecl *V) {
  auto [It, New] = VariableRoles.try_emplace(V, TypeRole::None);
  if (New)
    It->second = Model.roleOfVariable(V);
  return It->second;
}

TypeRole ObjectResolver::roleOf(ObjectId O) {
  if (O.Temp)
    return roleOfType(O.Temp->getType());
  if (O.Field)
    return roleOfType(O.Field->getType());
  if (O.Element >= 0)
    if (const auto *Array = Ctx.getAsConstantArrayType(O.Var->getType()))
      return roleOfType(Array->getElementType());
  if (O.Element == ObjectId::AnyElement && O.Var)
    if (QualType Elem = elementType(O.Var->getType()); !Elem.isNull())
      return roleOfType(Elem);
  return O.Var ? roleOfVariable(O.Var) : TypeRole::None;
}

std::string ObjectResolver::nounOf(ObjectId O) {
  QualType T = O.Temp ? O.Temp->getType() : O.Field ? O.Field->getType() : O.Var ? O.Var->getType() : QualType();
  if (T.isNull())
    return "";
  T = T.getNonReferenceType();
  if (T->isPointerType())
    T = T->getPointeeType();
  else if (QualType Pointee = Model.pointee(T); !Pointee.isNull())
    T = Pointee;
  return Model.nounOf(T);
}

std::string ObjectResolver::textOf(const Expr *E) {
  return Lexer::getSourceText(CharSourceRange::getTokenRange(E->getSourceRange()), SM,
                              Ctx.getLangOpts())
      .str();
}

std::string ObjectResolver::nameOf(ObjectId O) {
  if (O.Temp)
    return textOf(O.Temp);
  std::string Name = O.Var ? O.Var->getName().str() : "";
  if (O.Field)
    Name += (Name.empty() ? "" : ".") + O.Field->getName().str();
  if (O.Element >= 0)
    Name += "[" + std::to_string(O.Element) + "]";
  return Name;
}

} // namespace tensorlife
