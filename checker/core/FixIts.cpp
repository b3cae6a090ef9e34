#include "core/FixIts.h"

#include "core/Expressions.h"
#include "core/LifetimeAnalysis.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/ParentMap.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

#include "llvm/ADT/DenseSet.h"

namespace tensorlife {
using namespace clang;

namespace {

/// What the body says about its variables: every mention, and the variables it may change.
struct BodyFacts : RecursiveASTVisitor<BodyFacts> {
  BodyFacts(const Stmt *Body, ASTContext &Ctx, AnalysisContext &AC);

  ParentMap Parents;
  std::vector<const DeclRefExpr *> Mentions;
  llvm::DenseSet<const VarDecl *> Written;
  /// Assignments `V = E` (built-in or operator=) and initialisers: the values V is given.
  std::vector<std::pair<const VarDecl *, const Expr *>> Values;
  std::vector<const Expr *> Calls;
  /// Calls that make a view, with the operand they view.
  std::vector<std::pair<const Expr *, const Expr *>> Views;
  /// Calls that end something (close, release, destroy).
  std::vector<SourceRange> Ends;

  static const VarDecl *varOf(const Expr *E) {
    if (const auto *DRE = dyn_cast_or_null<DeclRefExpr>(E ? E->IgnoreParenImpCasts() : nullptr))
      return dyn_cast<VarDecl>(DRE->getDecl());
    return nullptr;
  }
  void write(const Expr *E) {
    if (const VarDecl *V = varOf(E))
      Written.insert(V);
  }
  bool VisitDeclRefExpr(DeclRefExpr *E) {
    Mentions.push_back(E);
    return true;
  }
  bool VisitVarDecl(VarDecl *V) {
    const auto *Default = dyn_cast_or_null<CXXConstructExpr>(V->getInit());
    if (V->hasInit() && !(Default && Default->getNumArgs() == 0))
      Values.push_back({V, V->getInit()});
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *B) {
    if (B->isAssignmentOp()) {
      write(B->getLHS());
      if (const VarDecl *V = varOf(B->getLHS()))
        Values.push_back({V, B->getRHS()});
    }
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *U) {
    if (U->isIncrementDecrementOp() || U->getOpcode() == UO_AddrOf)
      write(U->getSubExpr());
    return true;
  }
  bool VisitCallExpr(CallExpr *C) {
    Calls.push_back(C);
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(C);
        Op && Op->isAssignmentOp() && Op->getNumArgs() == 2) {
      write(Op->getArg(0));
      if (const VarDecl *V = varOf(Op->getArg(0)))
        Values.push_back({V, Op->getArg(1)});
    }
    const FunctionDecl *Callee = C->getDirectCallee();
    unsigned Skip = isa<CXXOperatorCallExpr>(C) && isa_and_nonnull<CXXMethodDecl>(Callee) ? 1 : 0;
    for (unsigned I = Skip; I < C->getNumArgs(); ++I) {
      unsigned Param = I - Skip;
      bool ByRef = !Callee || Param >= Callee->getNumParams() ||
                   (Callee->getParamDecl(Param)->getType()->isReferenceType() &&
                    !Callee->getParamDecl(Param)->getType().getNonReferenceType().isConstQualified());
      if (ByRef)
        write(C->getArg(I));
    }
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *C) {
    Calls.push_back(C);
    return true;
  }
  bool VisitLambdaExpr(LambdaExpr *L) {
    for (const LambdaCapture &Cap : L->captures())
      if (Cap.capturesVariable() && Cap.getCaptureKind() == LCK_ByRef)
        if (const auto *V = dyn_cast<VarDecl>(Cap.getCapturedVar()))
          Written.insert(V);
    return true;
  }
};

bool contains(const SourceManager &SM, SourceRange Outer, SourceLocation L) {
  return Outer.isValid() && L.isValid() && !SM.isBeforeInTranslationUnit(L, Outer.getBegin()) &&
         !SM.isBeforeInTranslationUnit(Outer.getEnd(), L);
}

bool mentions(const Stmt *S, const VarDecl *V) {
  if (!S)
    return false;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
    if (DRE->getDecl() == V)
      return true;
  for (const Stmt *Child : S->children())
    if (mentions(Child, V))
      return true;
  return false;
}

void varsIn(const Stmt *S, llvm::DenseSet<const VarDecl *> &Out) {
  if (!S)
    return;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(S))
    if (const auto *V = dyn_cast<VarDecl>(DRE->getDecl()))
      Out.insert(V);
  for (const Stmt *Child : S->children())
    varsIn(Child, Out);
}

const VarDecl *localVar(const Expr *E) {
  const VarDecl *V = BodyFacts::varOf(E);
  return V && V->hasLocalStorage() && !isa<ParmVarDecl>(V) ? V : nullptr;
}

/// The call that makes a value, through the wrappers around a returned temporary.
const Expr *makingCall(const Expr *E) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *C = dyn_cast<ExprWithCleanups>(E))
      E = C->getSubExpr();
    else if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *C = dyn_cast<CXXConstructExpr>(E);
             C && C->getNumArgs() == 1 && C->getConstructor()->isCopyOrMoveConstructor())
      E = C->getArg(0);
    else
      break;
  }
  return E && isa<CallExpr>(E) ? E : nullptr;
}

/// The operand a call makes a view over, if its facts say it makes one.
const Expr *viewedOperand(const Expr *Call, ASTContext &Ctx, AnalysisContext &AC) {
  std::optional<CallSite> C = asCall(Call);
  if (!C || !C->Callee)
    return nullptr;
  for (const Fact &F : factsOfCallee(*C->Callee, Ctx, AC))
    if (F.Kind == FactKind::ResultViews && !F.Operands.empty())
      return operandOf(*C, F.Operands.front());
  return nullptr;
}

BodyFacts::BodyFacts(const Stmt *Body, ASTContext &Ctx, AnalysisContext &AC)
    : Parents(const_cast<Stmt *>(Body)) {
  TraverseStmt(const_cast<Stmt *>(Body));
  for (const Expr *Call : Calls) {
    if (const Expr *Viewed = viewedOperand(Call, Ctx, AC))
      Views.push_back({Call, Viewed});
    if (std::optional<CallSite> C = asCall(Call); C && C->Callee)
      for (const Fact &F : factsOfCallee(*C->Callee, Ctx, AC))
        if (F.Kind == FactKind::Close || F.Kind == FactKind::Destroy || F.Kind == FactKind::Release)
          Ends.push_back(Call->getSourceRange());
  }
}

bool isFileRange(SourceRange R) {
  return R.isValid() && R.getBegin().isFileID() && R.getEnd().isFileID();
}

std::string sourceText(const Expr *E, ASTContext &Ctx) {
  return Lexer::getSourceText(CharSourceRange::getTokenRange(E->getSourceRange()),
                              Ctx.getSourceManager(), Ctx.getLangOpts())
      .str();
}

/// A view over a buffer that dies before a later use: copy it, where it is made, into a value
/// that owns its memory.
std::optional<FindingFix> owningCopy(const Finding &F, BodyFacts &Body, ASTContext &Ctx,
                                     AnalysisContext &AC) {
  const SourceManager &SM = Ctx.getSourceManager();
  const VarDecl *Owner = F.Causes.front().Owner.Var;
  for (const Cause &C : F.Causes)
    if (C.Rel != Relation::View || C.Owner.Var != Owner || C.Owner.Field || C.Owner.Temp ||
        C.Kind == DeathKind::Closed || C.Kind == DeathKind::MovedFrom ||
        C.Kind == DeathKind::MaybeReleased)
      return std::nullopt;
  const VarDecl *View = localVar(F.Use);
  // A view returned where it is made, over a buffer that dies with the return: copied there.
  bool Escapes = llvm::all_of(F.Causes, [](const Cause &C) { return isa_and_nonnull<ReturnStmt>(C.Site); });
  const Expr *Direct = !View && Escapes ? makingCall(F.Use) : nullptr;
  if (!Owner || (!View && !Direct) || (View && View->getType()->isReferenceType()))
    return std::nullopt;
  std::string Template = AC.Model.owningCopyOf(View ? View->getType() : Direct->getType());
  size_t Hole = Template.find("{}");
  if (Hole == std::string::npos || Template.find("{}", Hole + 2) != std::string::npos)
    return std::nullopt;

  // The one value the view is given, made by a call that views the buffer.
  const Expr *Making = Direct;
  for (const auto &[V, Value] : Body.Values) {
    if (!View || V != View)
      continue;
    if (Making)
      return std::nullopt; // given several values: which one to copy is not local
    Making = makingCall(Value);
    if (!Making)
      return std::nullopt;
  }
  const Expr *Viewed = Making ? viewedOperand(Making, Ctx, AC) : nullptr;
  if (!Viewed || !mentions(Viewed, Owner) || !isFileRange(Making->getSourceRange()))
    return std::nullopt;

  // The copy must not change what a correct program sees: no other view over the buffer, and
  // nothing the view reads is touched after it is made (but by the end that kills it).
  for (const auto &[Call, Other] : Body.Views)
    if (Call != Making && mentions(Other, Owner))
      return std::nullopt;
  llvm::DenseSet<const VarDecl *> Read{Owner};
  varsIn(Viewed, Read);
  SourceLocation Made = Making->getEndLoc();
  for (const DeclRefExpr *M : Body.Mentions) {
    const auto *V = dyn_cast<VarDecl>(M->getDecl());
    if (!V || !Read.count(V) || !SM.isBeforeInTranslationUnit(Made, M->getLocation()))
      continue;
    bool InEnd = false;
    for (const Cause &C : F.Causes)
      InEnd |= C.Site && isa<Expr>(C.Site) && contains(SM, C.Site->getSourceRange(), M->getLocation());
    if (!InEnd)
      return std::nullopt;
  }

  std::string Before = Template.substr(0, Hole), After = Template.substr(Hole + 2);
  if (isa<CXXOperatorCallExpr>(Making)) {
    Before += "(";
    After = ")" + After;
  }
  FindingFix Fix;
  SourceLocation End = Lexer::getLocForEndOfToken(Making->getEndLoc(), 0, SM, Ctx.getLangOpts());
  if (End.isInvalid())
    return std::nullopt;
  if (!Before.empty())
    Fix.Edits.push_back(FixItHint::CreateInsertion(Making->getBeginLoc(), Before));
  if (!After.empty())
    Fix.Edits.push_back(FixItHint::CreateInsertion(End, After));
  return Fix;
}

/// No side effect: reads, arithmetic, and calls of functions whose facts only read, point into
/// or view something (data(), TfLiteTensorData, from_blob, ...), or const members of std.
bool sideEffectFree(const Stmt *S, ASTContext &Ctx, AnalysisContext &AC) {
  if (!S)
    return true;
  if (!isa<Expr>(S) || isa<LambdaExpr, StmtExpr, CXXNewExpr, CXXDeleteExpr, CXXThrowExpr>(S))
    return false;
  if (const auto *B = dyn_cast<BinaryOperator>(S); B && (B->isAssignmentOp() || B->isCommaOp()))
    return false;
  if (const auto *U = dyn_cast<UnaryOperator>(S); U && U->isIncrementDecrementOp())
    return false;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(S); Construct && !Construct->getConstructor()->isTrivial())
    return false;
  if (isa<CallExpr>(S)) {
    std::optional<CallSite> C = asCall(S);
    if (!C || !C->Callee)
      return false;
    const auto *Method = dyn_cast<CXXMethodDecl>(C->Callee);
    bool ConstStd = Method && Method->isConst() && Method->getParent()->isInStdNamespace();
    const std::vector<Fact> &Facts = factsOfCallee(*C->Callee, Ctx, AC);
    bool Accessor = !Facts.empty() && llvm::all_of(Facts, [](const Fact &F) {
      return F.Kind == FactKind::Read || F.Kind == FactKind::ResultData ||
             F.Kind == FactKind::ResultBorrows || F.Kind == FactKind::ResultViews;
    });
    if (!ConstStd && !Accessor)
      return false;
  }
  for (const Stmt *Child : S->children())
    if (!sideEffectFree(Child, Ctx, AC))
      return false;
  return true;
}

/// True when \p S calls something whose result points into memory or views it (data(), a view,
/// an element).
bool callsIntoMemory(const Stmt *S, ASTContext &Ctx, AnalysisContext &AC) {
  if (!S)
    return false;
  if (std::optional<CallSite> C = isa<Expr>(S) ? asCall(S) : std::nullopt; C && C->Callee)
    for (const Fact &F : factsOfCallee(*C->Callee, Ctx, AC))
      if (F.Kind == FactKind::ResultData || F.Kind == FactKind::ResultViews ||
          F.Kind == FactKind::ResultShares || F.Kind == FactKind::ResultAdopts ||
          F.Kind == FactKind::ResultElement)
        return true;
  for (const Stmt *Child : S->children())
    if (callsIntoMemory(Child, Ctx, AC))
      return true;
  return false;
}

/// True when a value \p V is given may point into memory that a call can move, itself or through
/// the variables it reads (`float *q = v.data(); float *p = q;`): after that call it is as stale
/// as the pointer, and fetching the pointer from it again would not help.
bool mayPointIntoMemory(const VarDecl *V, const BodyFacts &Body, ASTContext &Ctx,
                        AnalysisContext &AC, llvm::DenseSet<const VarDecl *> &Seen) {
  if (!Seen.insert(V).second)
    return false;
  for (const auto &[Given, Value] : Body.Values) {
    if (Given != V)
      continue;
    if (callsIntoMemory(Value, Ctx, AC))
      return true;
    llvm::DenseSet<const VarDecl *> Read;
    varsIn(Value, Read);
    for (const VarDecl *R : Read)
      if (mayPointIntoMemory(R, Body, Ctx, AC, Seen))
        return true;
  }
  return false;
}

/// The statement of a compound statement that holds \p S, or null.
const Stmt *statementOf(const Stmt *S, const ParentMap &Parents) {
  for (const Stmt *P = Parents.getParent(S); P; S = P, P = Parents.getParent(P))
    if (isa<CompoundStmt>(P))
      return S;
  return nullptr;
}

/// True when \p V can be named at \p Where: declared before it in a block (or the for, if or
/// while statement) that holds it, or a parameter or a global, and not hidden there by another
/// variable of its name declared since. Not inside a lambda (a capture there is a copy).
bool inScopeAt(const VarDecl *V, const Stmt *Where, const ParentMap &Parents,
               const SourceManager &SM) {
  for (const Stmt *P = Parents.getParent(Where); P; P = Parents.getParent(P)) {
    if (isa<LambdaExpr>(P))
      return false;
    for (const Stmt *Child : P->children()) {
      if (!Child)
        continue;
      // What Where itself declares is in scope after it, where the fetch goes.
      if (SM.isBeforeInTranslationUnit(Where->getBeginLoc(), Child->getBeginLoc()))
        break;
      if (const auto *D = dyn_cast<DeclStmt>(Child))
        for (const Decl *Declared : D->decls()) {
          if (Declared == V)
            return true;
          if (const auto *Other = dyn_cast<VarDecl>(Declared);
              Other && Other->getDeclName() == V->getDeclName())
            return false; // hidden by a later declaration of the name
        }
    }
  }
  return !V->hasLocalStorage() || isa<ParmVarDecl>(V);
}

/// True when another of \p Sites follows \p Site in the same block with nothing but plain
/// statements (no jump) between them: fetching again after the later one is enough.
bool laterSiteCovers(const Stmt *Site, const std::vector<const Stmt *> &Sites,
                     const ParentMap &Parents) {
  const auto *Block = dyn_cast_or_null<CompoundStmt>(Parents.getParent(Site));
  if (!Block)
    return false;
  bool Seen = false;
  for (const Stmt *S : Block->body()) {
    if (S == Site) {
      Seen = true;
      continue;
    }
    if (!Seen)
      continue;
    if (llvm::is_contained(Sites, S))
      return true;
    if (!isa<Expr, DeclStmt, NullStmt>(S))
      return false;
  }
  return false;
}

/// A data pointer used after a call that may move the memory: fetch it again right after that
/// call, with its own initialiser.
std::optional<FindingFix> refetch(const Finding &F, BodyFacts &Body, ASTContext &Ctx,
                                  AnalysisContext &AC) {
  const ParentMap &Parents = Body.Parents;
  const SourceManager &SM = Ctx.getSourceManager();
  const LangOptions &LO = Ctx.getLangOpts();
  for (const Cause &C : F.Causes)
    if (C.Kind != DeathKind::Invalidated || !pointsIntoMemory(C.Rel) || !C.Site ||
        !isa<Expr>(C.Site))
      return std::nullopt;
  const VarDecl *Pointer = localVar(F.Use);
  if (!Pointer || !Pointer->getType()->isPointerType() || Pointer->getType().isConstQualified() ||
      !Pointer->getInit() || Body.Written.count(Pointer))
    return std::nullopt;
  const Expr *Init = Pointer->getInit();
  if (!isFileRange(Init->getSourceRange()) || !sideEffectFree(Init, Ctx, AC))
    return std::nullopt;
  for (const auto &[V, Value] : Body.Values)
    if (V == Pointer && Value != Init)
      return std::nullopt;
  llvm::DenseSet<const VarDecl *> Read;
  varsIn(Init, Read);
  for (const VarDecl *V : Read) {
    bool Owner = llvm::any_of(F.Causes, [&](const Cause &C) { return C.Owner.Var == V; });
    llvm::DenseSet<const VarDecl *> Seen;
    if (!Owner && (Body.Written.count(V) || mayPointIntoMemory(V, Body, Ctx, AC, Seen)))
      return std::nullopt;
  }

  FindingFix Fix;
  std::string Text = sourceText(Init, Ctx);
  std::vector<const Stmt *> Sites;
  for (const Cause &C : F.Causes) {
    const Stmt *After = statementOf(C.Site, Parents);
    if (!After || !isFileRange(After->getSourceRange()))
      return std::nullopt;
    if (!llvm::is_contained(Sites, After))
      Sites.push_back(After);
  }
  for (const Stmt *After : Sites) {
    if (laterSiteCovers(After, Sites, Parents))
      continue; // the pointer is fetched again after that one
    if (!SM.isBeforeInTranslationUnit(After->getEndLoc(), F.Use->getBeginLoc()) ||
        !SM.isBeforeInTranslationUnit(Pointer->getEndLoc(), After->getBeginLoc()) ||
        !inScopeAt(Pointer, After, Parents, SM) ||
        !llvm::all_of(Read, [&](const VarDecl *V) { return inScopeAt(V, After, Parents, SM); }))
      return std::nullopt;
    SourceLocation End = Lexer::findLocationAfterToken(After->getEndLoc(), tok::semi, SM, LO,
                                                       /*SkipTrailingWhitespaceAndNewLine=*/false);
    if (End.isInvalid())
      End = Lexer::getLocForEndOfToken(After->getEndLoc(), 0, SM, LO);
    if (End.isInvalid())
      return std::nullopt;
    // The indentation of the statement it follows.
    bool Invalid = false;
    llvm::StringRef Buffer = SM.getBufferData(SM.getFileID(After->getBeginLoc()), &Invalid);
    if (Invalid)
      return std::nullopt;
    unsigned Offset = SM.getFileOffset(After->getBeginLoc());
    size_t LineStart = Buffer.rfind('\n', Offset ? Offset - 1 : 0);
    LineStart = LineStart == llvm::StringRef::npos ? 0 : LineStart + 1;
    std::string Indent;
    for (size_t I = LineStart; I < Offset && (Buffer[I] == ' ' || Buffer[I] == '\t'); ++I)
      Indent += Buffer[I];
    Fix.Edits.push_back(FixItHint::CreateInsertion(
        End, "\n" + Indent + Pointer->getName().str() + " = " + Text + ";"));
  }
  if (Fix.Edits.empty())
    return std::nullopt;
  return Fix;
}

/// A session run after an explicit close: no edit is sound (the close may be where it must be for
/// other reasons), but where to move it can be said.
std::optional<FindingFix> moveCloseAdvice(const Finding &F, BodyFacts &Body, ASTContext &Ctx) {
  const ParentMap &Parents = Body.Parents;
  const SourceManager &SM = Ctx.getSourceManager();
  const Cause &First = F.Causes.front();
  const VarDecl *Session = First.Owner.Var;
  for (const Cause &C : F.Causes)
    if (C.Kind != DeathKind::Closed || C.Rel != Relation::Self || C.Owner.Var != Session ||
        C.Owner.Field || !C.Site || !isa<Expr>(C.Site) || C.Site != First.Site)
      return std::nullopt;
  if (!Session || BodyFacts::varOf(F.Use) != Session)
    return std::nullopt;
  // In a loop, the use may come round again before the close: where to move it is not a line.
  for (const Stmt *P = First.Site; P; P = Parents.getParent(P))
    if (isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(P))
      return std::nullopt;
  // The session and whatever was computed from it (by initialisers and assignments).
  llvm::DenseSet<const VarDecl *> Related{Session};
  for (bool Grew = true; Grew;) {
    Grew = false;
    for (const auto &[V, Value] : Body.Values)
      if (!Related.count(V) && llvm::any_of(Related, [&, Value = Value](const VarDecl *R) {
            return mentions(Value, R);
          }))
        Grew |= Related.insert(V).second;
  }
  // Calls that end something (the close, a later destroy) are not uses.
  SourceLocation Last;
  for (const DeclRefExpr *M : Body.Mentions) {
    const auto *V = dyn_cast<VarDecl>(M->getDecl());
    if (!V || !Related.count(V) || llvm::any_of(Body.Ends, [&](SourceRange R) {
          return contains(SM, R, M->getLocation());
        }))
      continue;
    SourceLocation L = SM.getExpansionLoc(M->getLocation());
    if (Last.isInvalid() || SM.isBeforeInTranslationUnit(Last, L))
      Last = L;
  }
  if (Last.isInvalid() || !SM.isBeforeInTranslationUnit(First.Site->getEndLoc(), Last))
    return std::nullopt;
  FindingFix Fix;
  Fix.Advice = Note{SM.getFileLoc(First.Site->getBeginLoc()),
                    "move the close after the last use, line " +
                        std::to_string(SM.getExpansionLineNumber(Last))};
  return Fix;
}

} // namespace

struct FunctionFixIts::Body : BodyFacts {
  using BodyFacts::BodyFacts;
};

FunctionFixIts::FunctionFixIts(const FunctionDecl &FD, ASTContext &Ctx, AnalysisContext &AC)
    : FD(FD), Ctx(Ctx), AC(AC) {}

FunctionFixIts::~FunctionFixIts() = default;

FindingFix FunctionFixIts::fixFor(const Finding &F) {
  if (!F.Use || F.Causes.empty() || !FD.getBody())
    return {};
  if (!B)
    B = std::make_unique<Body>(FD.getBody(), Ctx, AC);
  if (auto Fix = owningCopy(F, *B, Ctx, AC))
    return *Fix;
  if (auto Fix = refetch(F, *B, Ctx, AC))
    return *Fix;
  if (auto Fix = moveCloseAdvice(F, *B, Ctx))
    return *Fix;
  return {};
}

} // namespace tensorlife
