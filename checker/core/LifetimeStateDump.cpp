#include "core/LifetimeState.h"

namespace tensorlife {

static const char *spelling(DeathKind K) {
  switch (K) {
  case DeathKind::Closed:
    return "closed";
  case DeathKind::Destroyed:
    return "destroyed";
  case DeathKind::Replaced:
    return "replaced";
  case DeathKind::Released:
    return "released";
  case DeathKind::ScopeEnded:
    return "scope-ended";
  case DeathKind::Invalidated:
    return "invalidated";
  case DeathKind::TemporaryEnded:
    return "temporary-ended";
  case DeathKind::MaybeReleased:
    return "maybe-released";
  case DeathKind::MovedFrom:
    return "moved-from";
  case DeathKind::DeadOnReturn:
    return "dead-on-return";
  }
  return "?";
}

static const char *spelling(Relation R) {
  switch (R) {
  case Relation::Self:
    return "self";
  case Relation::Borrowed:
    return "borrowed";
  case Relation::Data:
    return "data";
  case Relation::Input:
    return "input";
  case Relation::UpstreamInput:
    return "upstream-input";
  case Relation::View:
    return "view";
  case Relation::InScope:
    return "in-scope";
  case Relation::SharedBuffer:
    return "shared-buffer";
  case Relation::Shares:
    return "shares";
  }
  return "?";
}

std::string dumpName(ObjectId O) {
  if (O.Temp)
    return "<temporary>";
  std::string Name = O.Var ? O.Var->getName().str() : "";
  if (O.Field)
    Name += "." + O.Field->getName().str();
  if (O.Element >= 0)
    Name += "[" + std::to_string(O.Element) + "]";
  else if (O.Element == ObjectId::AnyElement)
    Name += "[*]";
  else if (O.Element == ObjectId::Held)
    Name += "[held]";
  return Name.empty() ? "<none>" : Name;
}

void dump(const LifetimeState &S, llvm::raw_ostream &OS) {
  if (!S.Reached) {
    OS << "  (not reached)\n";
    return;
  }
  for (const auto &[Id, State] : S.Objects) {
    OS << "  " << dumpName(Id) << ":";
    if (!State.Causes.empty()) {
      OS << " ended{";
      const char *Sep = "";
      for (const Cause &C : State.Causes) {
        OS << Sep << spelling(C.Kind) << " " << dumpName(C.Owner) << " " << spelling(C.Rel);
        Sep = ", ";
      }
      OS << "}";
    }
    if (!State.Loans.empty()) {
      OS << " loans{";
      const char *Sep = "";
      for (const Loan &L : State.Loans) {
        OS << Sep << dumpName(L.Owner) << " " << spelling(L.Rel) << (L.ViaInput ? " lazy" : "");
        Sep = ", ";
      }
      OS << "}";
    }
    OS << "\n";
  }
  for (const auto &[Var, Target] : S.Aliases)
    OS << "  " << Var->getName() << " -> " << (Target ? dumpName(Target) : "<unknown>") << "\n";
  for (const clang::VarDecl *Scope : S.LiveScopes)
    OS << "  live scope " << Scope->getName() << "\n";
  for (const clang::VarDecl *Owner : S.SharedOwners)
    OS << "  counted owner " << Owner->getName() << "\n";
}

} // namespace tensorlife
