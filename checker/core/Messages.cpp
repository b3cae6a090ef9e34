#include "core/Messages.h"

#include <algorithm>

namespace tensorlife {

Category categoryOf(DeathKind Kind, TypeRole OwnerRole) {
  switch (Kind) {
  case DeathKind::Closed:
    return Category::UseAfterClose;
  case DeathKind::Destroyed:
  case DeathKind::Replaced:
  case DeathKind::TemporaryEnded:
  case DeathKind::MovedFrom:
    return OwnerRole == TypeRole::Session ? Category::UseAfterClose : Category::UseAfterRelease;
  case DeathKind::Released:
  case DeathKind::DeadOnReturn:
  case DeathKind::ScopeEnded:
  case DeathKind::Invalidated:
  case DeathKind::MaybeReleased:
    return Category::UseAfterRelease;
  }
  return Category::UseAfterRelease;
}

static const char *pastTense(DeathKind Kind) {
  switch (Kind) {
  case DeathKind::Closed:
    return "closed";
  case DeathKind::Destroyed:
    return "destroyed";
  case DeathKind::Replaced:
    return "replaced";
  case DeathKind::Released:
    return "released";
  case DeathKind::ScopeEnded:
    return "ended";
  case DeathKind::Invalidated:
    return "reallocated";
  case DeathKind::TemporaryEnded:
    return "destroyed";
  case DeathKind::MaybeReleased:
    return "released";
  case DeathKind::MovedFrom:
    return "moved from";
  case DeathKind::DeadOnReturn:
    return "destroyed";
  }
  return "ended";
}

/// "was closed" / "were released" / "ended".
static std::string ended(DeathKind Kind, bool Plural) {
  if (Kind == DeathKind::ScopeEnded)
    return pastTense(Kind);
  if (Kind == DeathKind::MaybeReleased)
    return "may have been released";
  return std::string(Plural ? "were " : "was ") + pastTense(Kind);
}

/// "session 'sess'", or just "'a'" for tensors, whose role goes without saying.
static std::string describe(const NamedObject &O) {
  std::string Quoted = "'" + O.Name + "'";
  if (O.Temporary)
    return "temporary " + Quoted;
  if (O.ElementOf)
    return "an element of " + Quoted;
  if (O.Role == TypeRole::None || O.Role == TypeRole::Tensor)
    return Quoted;
  return (O.Noun.empty() ? std::string(spelling(O.Role)) : O.Noun) + " " + Quoted;
}

/// "'a'", "'a' and 'b'", "'a', 'b' and 'c'".
static std::string listNames(const std::vector<std::string> &Names) {
  std::string Out;
  for (size_t I = 0; I < Names.size(); ++I) {
    if (I > 0)
      Out += I + 1 == Names.size() ? " and " : ", ";
    Out += "'" + Names[I] + "'";
  }
  return Out;
}

const char *participle(FactKind Verb) {
  return Verb == FactKind::Write ? "written" : spelling(Verb);
}

std::string useMessage(const NamedObject &Used, const char *Verb,
                       const std::vector<std::pair<Cause, NamedObject>> &Causes) {
  const Cause &First = Causes.front().first;
  const NamedObject &Owner = Causes.front().second;
  std::string Head = describe(Used) + " is " + Verb + " after ";

  switch (First.Rel) {
  case Relation::Self:
    // Used through an alias: name the object that ended.
    if (Used.Name != Owner.Name)
      return Head + describe(Owner) + " " + ended(First.Kind, false);
    return Head + "it " + ended(First.Kind, false);
  case Relation::Input:
  case Relation::UpstreamInput: {
    std::vector<std::string> Names;
    for (const auto &[C, O] : Causes)
      if (C.Rel == First.Rel && C.Kind == First.Kind)
        if (std::find(Names.begin(), Names.end(), O.Name) == Names.end())
          Names.push_back(O.Name);
    bool Plural = Names.size() > 1;
    std::string Which = First.Rel == Relation::Input ? "its input" : "its upstream input";
    return Head + Which + (Plural ? "s " : " ") + listNames(Names) + " " +
           ended(First.Kind, Plural);
  }
  case Relation::SharedBuffer:
    return Head + describe(Owner) + ", which shares its buffer, " + ended(First.Kind, false);
  case Relation::Borrowed:
  case Relation::Data:
  case Relation::View:
  case Relation::InScope:
  case Relation::Shares:
    return Head + describe(Owner) + " " + ended(First.Kind, false);
  }
  return Head + describe(Owner) + " " + ended(First.Kind, false);
}

std::string endNote(const Cause &C, const NamedObject &Owner) {
  if (C.Kind == DeathKind::TemporaryEnded)
    return describe(Owner) + " was destroyed at the end of the full-expression";
  return describe(Owner) + " " + ended(C.Kind, false) + " here";
}

/// How a holder depends on its owner, as a verb: "views buffer 'v'".
static const char *dependsVerb(Relation R) {
  switch (R) {
  case Relation::View:
    return "views";
  case Relation::Data:
    return "points into";
  case Relation::Borrowed:
    return "is borrowed from";
  case Relation::InScope:
    return "is allocated in";
  case Relation::Input:
  case Relation::UpstreamInput:
    return "reads";
  case Relation::SharedBuffer:
    return "shares the buffer of";
  case Relation::Self:
  case Relation::Shares:
    return "depends on";
  }
  return "depends on";
}

std::string escapeMessage(const std::string &Subject,
                          const std::vector<std::pair<Cause, NamedObject>> &Causes,
                          const std::string &Function, bool Earlier) {
  const Cause &First = Causes.front().first;
  const NamedObject &Owner = Causes.front().second;
  std::string Head = Subject + " " + dependsVerb(First.Rel) + " " + describe(Owner) + ", which ";
  if (First.Kind == DeathKind::TemporaryEnded)
    return Head + "is destroyed at the end of the " +
           (Earlier ? "full-expression" : "return statement");
  return Head + (First.Kind == DeathKind::ScopeEnded ? "ends" : "is destroyed") +
         (Earlier ? " before '" : " when '") + Function + "' returns";
}

std::string escapeNote(const Cause &C, const NamedObject &Owner, const std::string &Function) {
  if (Owner.Temporary)
    return describe(Owner) + " is created here";
  if (llvm::isa_and_nonnull<clang::ParmVarDecl>(C.Owner.Var))
    return describe(Owner) + " is a parameter of '" + Function + "', passed by value";
  return describe(Owner) + " is a local of '" + Function + "', declared here";
}

} // namespace tensorlife
