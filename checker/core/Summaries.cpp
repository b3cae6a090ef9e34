#include "core/Summaries.h"

#include "core/LifetimeAnalysis.h"

#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"

namespace tensorlife {
using namespace clang;

/// An assignment to a member of `*this` whose type is tracked (a session, a smart pointer to one).
static bool assignsTrackedMember(const Stmt *St, ApiModel &Model) {
  const auto *Op = dyn_cast<CXXOperatorCallExpr>(St);
  const auto *BO = dyn_cast<BinaryOperator>(St);
  const Expr *LHS = Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2 ? Op->getArg(0)
                    : BO && BO->getOpcode() == BO_Assign                         ? BO->getLHS()
                                                                                 : nullptr;
  const auto *ME = LHS ? dyn_cast<MemberExpr>(LHS->IgnoreParenImpCasts()) : nullptr;
  if (!ME || !isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
    return false;
  QualType T = ME->getType().getNonReferenceType();
  if (T->isPointerType())
    T = T->getPointeeType();
  else if (QualType Pointee = Model.pointee(T); !Pointee.isNull())
    T = Pointee;
  return Model.roleOf(T) != TypeRole::None;
}

bool callsModelled(const FunctionDecl &FD, ASTContext &Ctx, AnalysisContext &AC) {
  llvm::SmallVector<const Stmt *, 64> Work{FD.getBody()}; // not recursive: expressions nest deeply
  while (!Work.empty()) {
    const Stmt *St = Work.pop_back_val();
    if (!St)
      continue;
    const FunctionDecl *Callee = nullptr;
    if (const auto *Call = dyn_cast<CallExpr>(St))
      Callee = Call->getDirectCallee();
    else if (const auto *Construct = dyn_cast<CXXConstructExpr>(St))
      Callee = Construct->getConstructor();
    auto Modelled = [](const std::vector<Fact> &Facts) {
      return llvm::any_of(Facts, [](const Fact &F) { return !isDesignation(F.Kind); });
    };
    if (Callee && Modelled(factsOfCallee(*Callee, Ctx, AC)))
      return true;
    if (assignsTrackedMember(St, AC.Model))
      return true; // re-initialises a member for the callers (`session_ = make_session()`)
    if (const auto *Call = dyn_cast<CallExpr>(St); Call && !Callee)
      if (const FieldDecl *Member = functionTableMember(Call);
          Member && Modelled(AC.Model.factsOf(Member)))
        return true; // a call through a modelled function table
    for (const Stmt *Child : St->children())
      Work.push_back(Child);
  }
  return false;
}

bool FunctionEffects::memberKey(ObjectId O, const ParmVarDecl *&Param, const FieldDecl *&Field) {
  if (!O.Field || O.Temp || O.Element != ObjectId::Whole)
    return false;
  Param = O.Var ? dyn_cast<ParmVarDecl>(O.Var) : nullptr;
  Field = O.Field;
  return !O.Var || Param;
}

void FunctionEffects::noteMember(ObjectId O, FactKind Kind) {
  const ParmVarDecl *Param;
  const FieldDecl *Field;
  if (memberKey(O, Param, Field))
    MemberEffects[{Param, Field, Kind}] = true;
}

/// The member effects as facts: its ends, then its re-initialisation (applied in that order),
/// then its uses, unless the function re-initialises or tests the member (a use may then be of
/// the new value or guarded).
static void addMemberFacts(const FunctionEffects &E, std::vector<Fact> &Facts) {
  auto Has = [&](const ParmVarDecl *Param, const FieldDecl *Field, FactKind K) {
    return E.MemberEffects.count({Param, Field, K}) > 0;
  };
  for (int Pass = 0; Pass < 3; ++Pass)
    for (const auto &[Key, Present] : E.MemberEffects) {
      auto [Param, Field, Kind] = Key;
      bool End = Kind == FactKind::Close || Kind == FactKind::Release ||
                 Kind == FactKind::Destroy || Kind == FactKind::Invalidate;
      bool Use = Kind == FactKind::Run || Kind == FactKind::Read || Kind == FactKind::Write;
      if ((Pass == 0 && !End) || (Pass == 1 && Kind != FactKind::Open) || (Pass == 2 && !Use))
        continue;
      if (Use && (Has(Param, Field, FactKind::Open) || E.NullTested.count({Param, Field})))
        continue;
      Operand Op;
      Op.Index = Param ? static_cast<int>(Param->getFunctionScopeIndex()) : Operand::This;
      Op.Member = Field;
      Facts.push_back({Kind, {Op}});
    }
}

std::vector<Fact> FunctionEffects::facts() const {
  std::vector<Fact> Facts;
  auto Add = [&](FactKind K, std::vector<Operand> Ops) {
    for (const Fact &F : Facts)
      if (F.Kind == K && F.Operands == Ops)
        return;
    Facts.push_back({K, std::move(Ops)});
  };
  for (const auto &[Effect, Present] : ParamEffects) {
    Operand Op;
    Op.Index = static_cast<int>(Effect.first->getFunctionScopeIndex());
    Add(Effect.second, {Op});
  }
  for (const Loan &L : Returned.Loans) {
    const auto *Param = dyn_cast_or_null<ParmVarDecl>(L.Owner.Var);
    if (!Param || L.Owner.Field)
      continue;
    Operand Op;
    Op.Index = static_cast<int>(Param->getFunctionScopeIndex());
    switch (L.Rel) {
    case Relation::Borrowed:
      Add(FactKind::ResultBorrows, {Op});
      break;
    case Relation::Data:
      Add(FactKind::ResultData, {Op});
      break;
    case Relation::View:
      Add(FactKind::ResultViews, {Op});
      break;
    case Relation::Input:
      Add(FactKind::ResultDepends, {Op});
      break;
    default:
      break;
    }
  }
  addMemberFacts(*this, Facts);
  return Facts;
}

const std::vector<Fact> &factsOfCall(const CallSite &C, ASTContext &Ctx, AnalysisContext &AC) {
  return C.Callee ? factsOfCallee(*C.Callee, Ctx, AC) : AC.Model.factsOf(C.Member);
}

const std::vector<Fact> &factsOfCallee(const FunctionDecl &FD, ASTContext &Ctx,
                                       AnalysisContext &AC) {
  const std::vector<Fact> &Modelled = AC.Model.factsOf(&FD);
  if (!Modelled.empty())
    return Modelled;
  const FunctionDecl *Def = FD.getDefinition();
  const FunctionDecl *Key = Def ? Def : &FD;
  auto Cached = AC.Summaries.find(Key);
  if (Cached != AC.Summaries.end())
    return Cached->second;
  // Only helpers of this program are summarised: a body we can see, not a library's.
  if (!Def || !Def->hasBody() || Def->isDependentContext() ||
      Ctx.getSourceManager().isInSystemHeader(Def->getLocation()))
    return AC.Summaries[Key]; // none, for good
  static const std::vector<Fact> None;
  if (AC.InProgress.size() >= AnalysisContext::MaxSummaryDepth || AC.InProgress.count(Def))
    return None; // for now
  AC.InProgress.insert(Def);
  std::vector<Fact> Facts;
  if (callsModelled(*Def, Ctx, AC))
    Facts = analyseBody(*Def, Ctx, AC, /*Findings=*/nullptr);
  AC.InProgress.erase(Def);
  return AC.Summaries[Def] = std::move(Facts);
}

} // namespace tensorlife
