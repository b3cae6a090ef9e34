#include "core/Fact.h"

#include "llvm/ADT/StringRef.h"

#include <cctype>

namespace tensorlife {
namespace {

struct FactSyntax {
  const char *Name;
  FactKind Kind;
  int Arity; // number of operands; 0: no parentheses; -1: one or more
};

constexpr FactSyntax FactTable[] = {
    {"close", FactKind::Close, 1},
    {"release", FactKind::Release, 1},
    {"destroy", FactKind::Destroy, 1},
    {"invalidate", FactKind::Invalidate, 1},
    {"open", FactKind::Open, 1},
    {"run", FactKind::Run, 1},
    {"read", FactKind::Read, 1},
    {"write", FactKind::Write, 1},
    {"result_borrows", FactKind::ResultBorrows, 1},
    {"result_data", FactKind::ResultData, 1},
    {"result_depends", FactKind::ResultDepends, -1},
    {"result_views", FactKind::ResultViews, 1},
    {"result_shares", FactKind::ResultShares, 1},
    {"result_adopts", FactKind::ResultAdopts, 2},
    {"result_in_scope", FactKind::ResultInScope, 0},
    {"result_aliases", FactKind::ResultAliases, 1},
    {"result_moves", FactKind::ResultMoves, 1},
    {"result_element", FactKind::ResultElement, 1},
    {"stores", FactKind::Stores, 1},
    {"reseat", FactKind::Reseat, 1},
    {"result_out", FactKind::ResultOut, 1},
    {"ends_elements", FactKind::EndsElements, 1},
    {"holds", FactKind::Holds, 2},
    {"result_dead", FactKind::ResultDead, 0},
    {"replace", FactKind::Replace, 1},
};

struct RoleSyntax {
  const char *Name;
  TypeRole Role;
};

constexpr RoleSyntax RoleTable[] = {
    {"session", TypeRole::Session},
    {"buffer", TypeRole::Buffer},
    {"scope", TypeRole::Scope},
    {"tensor", TypeRole::Tensor},
    {"owning_pointer", TypeRole::OwningPointer},
    {"shared_pointer", TypeRole::SharedPointer},
};

std::string trim(llvm::StringRef S) { return S.trim().str(); }

bool parseOperand(const std::string &Text, Operand &Out) {
  if (Text == "this") {
    Out.Index = Operand::This;
    return true;
  }
  if (Text.empty() || Text.size() > 3)
    return false;
  for (char C : Text)
    if (!std::isdigit(static_cast<unsigned char>(C)))
      return false;
  Out.Index = std::stoi(Text);
  return true;
}

ParsedFact error(std::string Message) {
  ParsedFact P;
  P.Error = std::move(Message);
  return P;
}

} // namespace

ParsedFact parseFact(const std::string &RawText) {
  std::string Text = trim(RawText);
  size_t Open = Text.find('(');
  std::string Name = trim(Text.substr(0, Open));

  // A type fact: how to make a copy that owns its memory, for fix-its, e.g. owning_copy({}.clone()).
  if (Name == "owning_copy") {
    if (Open == std::string::npos || Text.back() != ')')
      return error("type fact 'owning_copy' expects a template, e.g. 'owning_copy({}.clone())'");
    ParsedFact P;
    P.OwningCopy = trim(Text.substr(Open + 1, Text.size() - Open - 2));
    if (P.OwningCopy.find("{}") == std::string::npos)
      return error("the template of 'owning_copy' must contain '{}' (the value copied), e.g. "
                   "'owning_copy({}.clone())'");
    return P;
  }

  for (const RoleSyntax &R : RoleTable) {
    if (Name != R.Name)
      continue;
    if (Open != std::string::npos)
      return error("type fact '" + Name + "' takes no operands");
    ParsedFact P;
    P.Role = R.Role;
    return P;
  }

  for (const FactSyntax &F : FactTable) {
    if (Name != F.Name)
      continue;
    Fact Result{F.Kind, {}};
    if (F.Arity == 0) {
      if (Open != std::string::npos)
        return error("fact '" + Name + "' takes no operands");
    } else {
      if (Open == std::string::npos || Text.back() != ')')
        return error("fact '" + Name + "' expects operands, e.g. '" + Name + "(this)' or '" +
                     Name + "(0)'");
      std::string List = Text.substr(Open + 1, Text.size() - Open - 2);
      size_t Start = 0;
      while (true) {
        size_t Comma = List.find(',', Start);
        std::string Item = trim(List.substr(Start, Comma - Start));
        Operand Op;
        if (!parseOperand(Item, Op))
          return error("operand '" + Item + "' of '" + Name +
                       "' is neither 'this' nor a parameter index");
        Result.Operands.push_back(Op);
        if (Comma == std::string::npos)
          break;
        Start = Comma + 1;
      }
      if (F.Arity > 0 && Result.Operands.size() != static_cast<size_t>(F.Arity))
        return error("fact '" + Name + "' takes exactly " +
                     (F.Arity == 1 ? std::string("one operand") : std::to_string(F.Arity) + " operands"));
    }
    ParsedFact P;
    P.Facts.push_back(std::move(Result));
    return P;
  }
  return error("unknown tensorlife fact '" + Name + "'");
}

std::string printFact(const Fact &F) {
  std::string Text = spelling(F.Kind);
  if (F.Operands.empty())
    return Text;
  Text += '(';
  for (size_t I = 0; I < F.Operands.size(); ++I) {
    if (I)
      Text += ',';
    Text += F.Operands[I].isThis() ? std::string("this") : std::to_string(F.Operands[I].Index);
  }
  return Text + ')';
}

const char *spelling(FactKind Kind) {
  for (const FactSyntax &F : FactTable)
    if (F.Kind == Kind)
      return F.Name;
  return "?";
}

std::string factNames() {
  std::string Names;
  for (const FactSyntax &F : FactTable)
    Names += (Names.empty() ? "" : ", ") + std::string(F.Name);
  return Names;
}

const char *spelling(TypeRole Role) {
  for (const RoleSyntax &R : RoleTable)
    if (R.Role == Role)
      return R.Name;
  return "none";
}

std::vector<std::string> roleNames() {
  std::vector<std::string> Names;
  for (const RoleSyntax &R : RoleTable)
    Names.push_back(R.Name);
  return Names;
}

std::string factSchemaPattern() {
  const std::string Operand = "(this|[0-9]{1,3})";
  const std::string Arg = "\\s*" + Operand + "\\s*";
  std::string Pattern;
  for (const FactSyntax &F : FactTable) {
    std::string Alternative = F.Name;
    if (F.Arity != 0) {
      Alternative += "\\s*\\(" + Arg;
      if (F.Arity < 0)
        Alternative += "(," + Arg + ")*";
      for (int I = 1; I < F.Arity; ++I)
        Alternative += "," + Arg;
      Alternative += "\\)";
    }
    Pattern += (Pattern.empty() ? "" : "|") + Alternative;
  }
  return "^\\s*(" + Pattern + ")\\s*$";
}

} // namespace tensorlife
