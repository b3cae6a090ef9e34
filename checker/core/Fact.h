// The ownership vocabulary shared by source annotations and JSON models:
// what a function does to its operands and what a type is. See docs/annotations.md.
#ifndef TENSORLIFE_CORE_FACT_H
#define TENSORLIFE_CORE_FACT_H

#include <string>
#include <vector>

namespace clang {
class FieldDecl;
} // namespace clang

namespace tensorlife {

/// What a class is, as far as lifetimes go. The pointer roles name a class template whose first
/// template argument is the class it owns: a variable of it has that class's role.
enum class TypeRole {
  None,
  Session,
  Buffer,
  Scope,
  Tensor,
  OwningPointer, // owns its pointee alone: its end is the pointee's (std::unique_ptr)
  SharedPointer, // shares its pointee with other owners: its end ends nothing (std::shared_ptr)
};

/// True for the roles of smart pointers, which stand for their pointee's role.
inline bool isPointerRole(TypeRole R) {
  return R == TypeRole::OwningPointer || R == TypeRole::SharedPointer;
}

/// What a function does.
enum class FactKind {
  Close,         // close(X)
  Release,       // release(X)
  Destroy,       // destroy(X)
  Invalidate,    // invalidate(X)
  Open,          // open(X)
  Run,           // run(X)
  Read,          // read(X)
  Write,         // write(X): X's memory is written (a pointer it points into must be live)
  ResultBorrows, // result_borrows(X)
  ResultData,    // result_data(X)
  ResultDepends, // result_depends(X, ...)
  ResultViews,   // result_views(X)
  ResultShares,  // result_shares(X)
  ResultAdopts,  // result_adopts(X, D)
  ResultInScope, // result_in_scope
  ResultAliases, // result_aliases(X): the result is X itself (a smart pointer's get(), ->, *)
  ResultMoves,   // result_moves(X): the result is X, moved from (std::move)
  ResultElement, // result_element(X): an element of container X, which stands for its elements
  Stores,        // stores(X): container X holds what the call's other arguments hold
  Reseat,        // reseat(X): X lets go of what it holds (raw pointers keep it) and holds anew
  ResultOut,     // result_out(X): the result is written to what X points to (an out-parameter)
  EndsElements,  // ends_elements(X): container X destroys elements (pop_back, erase, clear)
  Holds,         // holds(X, Y): X keeps a counted reference to Y, run with X later (a binding)
  ResultDead,    // result_dead: the result is dangling when returned (reported where it escaped)
  Replace,       // replace(X): assigning X lets go of its old value (unless a copy shares it)
};

/// True for the facts that only say which object a call designates or fills (result_aliases,
/// result_moves, result_element, stores, reseat): on their own they make no lifetime event.
inline bool isDesignation(FactKind K) {
  return K == FactKind::ResultAliases || K == FactKind::ResultMoves ||
         K == FactKind::ResultElement || K == FactKind::Stores || K == FactKind::Reseat;
}

/// `this` or a 0-based parameter index, or (in summaries only) a member of one: a helper
/// `kick(const Job &j)` runs `j.sess`, a member function `detect()` runs `this->session_`.
struct Operand {
  static constexpr int This = -1;
  int Index = This;
  const clang::FieldDecl *Member = nullptr;
  bool isThis() const { return Index == This; }
  bool operator==(const Operand &O) const { return Index == O.Index && Member == O.Member; }
};

struct Fact {
  FactKind Kind;
  std::vector<Operand> Operands;
};

/// Either a type role or a function fact, as parsed from one annotation string.
struct ParsedFact {
  TypeRole Role = TypeRole::None; // set for type facts
  std::vector<Fact> Facts;        // one entry for function facts
  std::string OwningCopy;         // owning_copy(TEMPLATE): `{}` stands for the value copied
  std::string Error;              // non-empty when the text is malformed
};

/// Parses the text after "tensorlife::", e.g. "close(this)" or "result_depends(0,1)".
ParsedFact parseFact(const std::string &Text);
/// The text of a function fact, as parseFact reads it back: "close(0)", "result_depends(0,1)".
std::string printFact(const Fact &F);

const char *spelling(FactKind Kind);
/// Every function fact's name, comma-separated, for error messages.
std::string factNames();
const char *spelling(TypeRole Role);
/// Every type role's name, in the order of TypeRole.
std::vector<std::string> roleNames();
/// The regular expression docs/model.schema.json gives a fact string, built from the fact table.
std::string factSchemaPattern();

} // namespace tensorlife

#endif
