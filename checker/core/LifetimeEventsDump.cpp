#include "core/LifetimeEvents.h"

#include "clang/Lex/Lexer.h"

namespace tensorlife {
using namespace clang;

namespace {

std::string textOf(const Stmt *St, ASTContext &Ctx) {
  if (!St)
    return "<none>";
  return Lexer::getSourceText(CharSourceRange::getTokenRange(St->getSourceRange()),
                              Ctx.getSourceManager(), Ctx.getLangOpts())
      .str();
}

void dumpFacts(const std::vector<Fact> *Facts, llvm::raw_ostream &OS) {
  OS << " {";
  for (size_t I = 0; Facts && I < Facts->size(); ++I)
    OS << (I ? ", " : "") << printFact((*Facts)[I]);
  OS << "}";
}

struct Printer {
  ASTContext &Ctx;
  llvm::raw_ostream &OS;

  void operator()(const DeclareEvent &E) {
    OS << "declare " << E.Var->getName();
    if (E.Range)
      OS << " : " << textOf(E.Range, Ctx);
    else if (E.Init)
      OS << " = " << textOf(E.Init, Ctx);
    if (E.Lambda)
      OS << " (lambda)";
  }
  void operator()(const AssignEvent &E) {
    OS << "assign " << textOf(E.Assign->getLHS(), Ctx) << " = " << textOf(E.Assign->getRHS(), Ctx);
    if (E.OutParameter)
      OS << " (through out-parameter " << E.Var->getName() << ")";
  }
  void operator()(const ElementNamedEvent &E) { OS << "element " << textOf(E.Subscript, Ctx); }
  void operator()(const DereferenceEvent &E) {
    OS << (E.Written ? "write " : "read ") << textOf(E.Deref, Ctx) << " through "
       << textOf(E.Pointer, Ctx);
  }
  void operator()(const CallEvent &E) {
    OS << (E.Assignment ? "assign-call " : "call ") << textOf(E.Call, Ctx);
    dumpFacts(E.Facts, OS);
  }
  void operator()(const CallUsesEvent &E) {
    OS << "uses of ";
    if (E.Site.Callee)
      OS << E.Site.Callee->getName();
    else if (E.Site.Member)
      OS << E.Site.Member->getName();
    dumpFacts(E.Facts, OS);
  }
  void operator()(const LambdaCallEvent &E) {
    OS << "lambda-call " << textOf(E.Call, Ctx) << " [";
    for (size_t I = 0; I < E.Uses.size(); ++I) {
      OS << (I ? "; " : "");
      std::visit(*this, E.Uses[I]);
    }
    OS << "]";
  }
  void operator()(const DeleteEvent &E) { OS << "delete " << textOf(E.Delete->getArgument(), Ctx); }
  void operator()(const ReturnEvent &E) { OS << "return " << textOf(E.Return->getRetValue(), Ctx); }
  void operator()(const ScopeExitEvent &E) { OS << "scope-exit " << E.Var->getName(); }
};

} // namespace

void dump(const Event &E, ASTContext &Ctx, llvm::raw_ostream &OS) {
  std::visit(Printer{Ctx, OS}, E);
}

void dump(const BlockEvents &B, ASTContext &Ctx, llvm::raw_ostream &OS) {
  for (size_t I = 0; I < B.Events.size(); ++I) {
    OS << "  ";
    dump(B.Events[I], Ctx, OS);
    OS << "\n";
  }
}

} // namespace tensorlife
