#include "core/FindingReporter.h"

#include "core/CheckTable.h"
#include "core/Messages.h"

#include <algorithm>
#include <set>

namespace tensorlife {
using namespace clang;

void FindingReporter::enterBlock(unsigned BlockID) {
  Current = BlockID;
  Blocks[Current] = {};
}

void FindingReporter::badUse(const Expr *Operand, FactKind Verb, const CauseSet &Causes,
                             const Expr *CalledAt) {
  Blocks[Current].Uses.push_back({Operand, Verb, Causes, CalledAt, {}});
}

void FindingReporter::badMemberUse(const Expr *Operand, ObjectId Member, FactKind Verb,
                                   const CauseSet &Causes, const Expr *CalledAt) {
  Blocks[Current].Uses.push_back({Operand, Verb, Causes, CalledAt, Member});
}

void FindingReporter::escaped(Escape E) { Blocks[Current].Escapes.push_back(std::move(E)); }

void FindingReporter::remark(SourceLocation Loc, std::string Message) {
  Blocks[Current].Remarks.push_back({Loc, std::move(Message)});
}

std::vector<Finding> FindingReporter::findings(const CFG &Cfg, std::vector<Note> &Remarks) {
  std::vector<RawFinding> Raw;
  for (const CFGBlock *B : Cfg) {
    BlockReports &R = Blocks[B->getBlockID()];
    for (const BadUse &U : R.Uses)
      word(U, Raw);
    for (const Escape &E : R.Escapes)
      word(E, Raw);
    std::move(R.Remarks.begin(), R.Remarks.end(), std::back_inserter(Remarks));
  }
  std::stable_sort(Raw.begin(), Raw.end(), [&](const RawFinding &A, const RawFinding &B) {
    return before(A.F.Loc, B.F.Loc);
  });
  std::vector<Finding> Findings;
  std::set<std::string> Reported;
  auto Within = [&](SourceLocation L, SourceRange Range) {
    return !before(L, Range.getBegin()) && !before(Range.getEnd(), L);
  };
  for (RawFinding &R : Raw) {
    if (R.YieldsTo.isValid() && llvm::any_of(Raw, [&](const RawFinding &Other) {
          return Other.YieldsTo.isInvalid() && Within(Other.F.Loc, R.YieldsTo);
        }))
      continue;
    if (Reported.insert(R.Key).second)
      Findings.push_back(std::move(R.F));
  }
  return Findings;
}

void FindingReporter::word(const BadUse &U, std::vector<RawFinding> &Out) {
  const Expr *Written = Objects.designated(U.Operand);
  SourceLocation Loc = SM.getFileLoc(Written->getBeginLoc()); // a macro argument where written
  std::string Text = Objects.textOf(Written);
  NamedObject Used{TypeRole::None, Text};
  if (U.Member) {
    Used = Objects.named(U.Member);
    Text = Used.Name;
  } else if (ObjectId V = Objects.resolve(U.Operand, LifetimeState{})) {
    Used.Role = Objects.roleOf(V);
    Used.Noun = Objects.nounOf(V);
  }

  for (const CheckInfo &Check : checkTable()) {
    Category Cat = Check.Cat;
    std::vector<std::pair<Cause, NamedObject>> Group;
    for (const Cause &C : U.Causes)
      if (C.Kind != DeathKind::DeadOnReturn && categoryOf(C.Kind, Objects.roleOf(C.Owner)) == Cat && !Paths.exclusive(C.Site, Written))
        Group.push_back({C, Objects.named(C.Owner)});
    if (Group.empty())
      continue;
    std::stable_sort(Group.begin(), Group.end(), [&](const auto &A, const auto &B) {
      return before(A.first.Where, B.first.Where);
    });

    const char *Verb = U.Said ? U.Said : participle(U.Verb);
    Finding F{Cat, Loc, useMessage(Used, Verb, Group), {}, Written, {}};
    std::string Key = std::to_string(Loc.getRawEncoding()) + "|" + Text + "|" +
                      std::to_string(static_cast<int>(Cat));
    std::set<std::pair<unsigned, std::string>> Noted;
    for (const auto &[C, Owner] : Group) {
      F.Causes.push_back(C);
      if (!Noted.insert({C.Where.getRawEncoding(), Owner.Name}).second)
        continue;
      SourceLocation Where = SM.getFileLoc(C.Where);
      F.Notes.push_back({Where, endNote(C, Owner)});
      for (const Note &N : Paths.assumptions(C.Site, Written))
        F.Notes.push_back(N);
      Key += "|" + std::to_string(C.Where.getRawEncoding()) + ":" + Owner.Name;
    }
    if (U.CalledAt)
      F.Notes.push_back({U.CalledAt->getBeginLoc(), "the lambda is called here"});
    Out.push_back({std::move(F), std::move(Key)});
  }
}

void FindingReporter::word(const Escape &E, std::vector<RawFinding> &Out) {
  if (E.Dead) {
    // Dead before it leaves: as any use after the end ("'t' is returned after ...").
    size_t First = Out.size();
    word(BadUse{E.Value, FactKind::Read, E.Causes, nullptr, {}, "returned"}, Out);
    SourceRange Range = Objects.designated(E.Value)->getSourceRange();
    for (size_t I = First; I < Out.size(); ++I)
      Out[I].YieldsTo = {SM.getFileLoc(Range.getBegin()), SM.getFileLoc(Range.getEnd())};
    return;
  }
  std::vector<std::pair<Cause, NamedObject>> Group;
  for (const Cause &C : E.Causes)
    Group.push_back({C, Objects.named(C.Owner)});
  std::stable_sort(Group.begin(), Group.end(), [&](const auto &A, const auto &B) {
    return before(A.first.Where, B.first.Where);
  });
  SourceLocation Loc = SM.getFileLoc(E.Loc);
  Finding F{Category::UseAfterRelease, Loc,
            escapeMessage(E.Subject, Group, E.Function, E.Earlier), {},
            E.Value ? Objects.designated(E.Value) : nullptr, {}};
  std::string Key = std::to_string(Loc.getRawEncoding()) + "|" + E.Subject;
  std::set<std::string> Noted;
  for (const auto &[C, Owner] : Group) {
    F.Causes.push_back(C);
    if (!Noted.insert(Owner.Name).second)
      continue;
    SourceLocation Declared = C.Owner.Var ? C.Owner.Var->getLocation() : C.Where;
    F.Notes.push_back({SM.getFileLoc(Declared), escapeNote(C, Owner, E.Function)});
    if (E.Earlier && C.Owner.Var)
      F.Notes.push_back({SM.getFileLoc(C.Where), endNote(C, Owner)});
  }
  Out.push_back({std::move(F), std::move(Key)});
}

} // namespace tensorlife
