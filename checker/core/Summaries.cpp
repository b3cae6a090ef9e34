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
    if (const auto *Del = dyn_cast<CXXDeleteExpr>(St);
        Del && AC.Model.roleOf(Del->getDestroyedType()) != TypeRole::None)
      return true; // deleting a tracked object ends it
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

namespace {

/// Adds a fact once.
void addFact(std::vector<Fact> &Facts, FactKind K, std::vector<Operand> Ops) {
  for (const Fact &F : Facts)
    if (F.Kind == K && F.Operands == Ops)
      return;
  Facts.push_back({K, std::move(Ops)});
}

Operand operandOf(const ParmVarDecl *Param) {
  Operand Op;
  Op.Index = static_cast<int>(Param->getFunctionScopeIndex());
  return Op;
}

/// The result fact a returned loan on a parameter makes; false for any other loan, and for a
/// loan on a parameter passed by value (\p ByValueOwners: it dies with the call, the caller's
/// argument is not what the result holds on).
bool resultFact(const Loan &L, const std::set<const ParmVarDecl *> &ByValueOwners, Fact &Out) {
  const auto *Param = dyn_cast_or_null<ParmVarDecl>(L.Owner.Var);
  if (!Param || L.Owner.Field || ByValueOwners.count(Param))
    return false;
  switch (L.Rel) {
  case Relation::Borrowed:
    Out = {FactKind::ResultBorrows, {operandOf(Param)}};
    return true;
  case Relation::Data:
    Out = {FactKind::ResultData, {operandOf(Param)}};
    return true;
  case Relation::View:
    Out = {FactKind::ResultViews, {operandOf(Param)}};
    return true;
  case Relation::Input:
    Out = {FactKind::ResultDepends, {operandOf(Param)}};
    return true;
  case Relation::Shares:
    Out = {FactKind::ResultShares, {operandOf(Param)}};
    return true;
  default:
    return false;
  }
}

/// Whether every path from the entry to the exit of \p Cfg goes through one of \p Blocks.
bool onEveryPath(const CFG &Cfg, const std::set<unsigned> &Blocks) {
  std::vector<bool> Seen(Cfg.getNumBlockIDs());
  llvm::SmallVector<const CFGBlock *, 16> Work{&Cfg.getEntry()};
  while (!Work.empty()) {
    const CFGBlock *B = Work.pop_back_val();
    if (Seen[B->getBlockID()] || Blocks.count(B->getBlockID()))
      continue;
    Seen[B->getBlockID()] = true;
    if (B == &Cfg.getExit())
      return false;
    for (const CFGBlock::AdjacentBlock &Succ : B->succs())
      if (const CFGBlock *Next = Succ.getReachableBlock())
        Work.push_back(Next);
  }
  return true;
}

} // namespace

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
  for (const auto &[Effect, Present] : ParamEffects)
    addFact(Facts, Effect.second, {operandOf(Effect.first)});
  for (const Loan &L : Returned.Loans)
    if (Fact F; resultFact(L, ByValueOwners, F))
      addFact(Facts, F.Kind, F.Operands);
  if (ReturnsDead)
    addFact(Facts, FactKind::ResultDead, {});
  addMemberFacts(*this, Facts);
  return Facts;
}

std::vector<Fact> FunctionEffects::factsOnEveryPath(const CFG &Cfg) const {
  std::vector<Fact> Facts;
  for (const auto &[Effect, Blocks] : EffectBlocks)
    if (onEveryPath(Cfg, Blocks))
      addFact(Facts, Effect.second, {operandOf(Effect.first)});
  // A result relation that every return statement the solver reached has.
  std::vector<Fact> Common;
  bool First = true;
  for (const auto &[Block, Loans] : ReturnedIn) {
    std::vector<Fact> Here;
    for (const Loan &L : Loans)
      if (Fact F; resultFact(L, ByValueOwners, F))
        addFact(Here, F.Kind, F.Operands);
    if (First) {
      Common = std::move(Here);
      First = false;
      continue;
    }
    llvm::erase_if(Common, [&](const Fact &F) {
      return llvm::none_of(Here, [&](const Fact &H) {
        return H.Kind == F.Kind && H.Operands == F.Operands;
      });
    });
  }
  for (Fact &F : Common)
    addFact(Facts, F.Kind, F.Operands);
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
