// The ownership vocabulary shared by source annotations and JSON models:
// what a function does to its operands and what a type is. See docs/annotations.md.
#ifndef TENSORLIFE_CORE_FACT_H
#define TENSORLIFE_CORE_FACT_H

#include <string>
#include <vector>

namespace tensorlife {

/// What a class is, as far as lifetimes go.
enum class TypeRole { None, Session, Buffer, Scope, Tensor };

/// What a function does.
enum class FactKind {
  Close,         // close(X)
  Release,       // release(X)
  Destroy,       // destroy(X)
  Invalidate,    // invalidate(X)
  Open,          // open(X)
  Run,           // run(X)
  Read,          // read(X)
  ResultBorrows, // result_borrows(X)
  ResultData,    // result_data(X)
  ResultDepends, // result_depends(X, ...)
  ResultViews,   // result_views(X)
  ResultShares,  // result_shares(X)
  ResultAdopts,  // result_adopts(X, D)
  ResultInScope, // result_in_scope
  ResultOut,     // result_out(X)
};

/// `this` or a 0-based parameter index.
struct Operand {
  static constexpr int This = -1;
  int Index = This;
  bool isThis() const { return Index == This; }
  bool operator==(const Operand &O) const { return Index == O.Index; }
};

struct Fact {
  FactKind Kind;
  std::vector<Operand> Operands;
};

/// Either a type role or a function fact, as parsed from one annotation string.
struct ParsedFact {
  TypeRole Role = TypeRole::None; // set for type facts
  std::vector<Fact> Facts;        // one entry for function facts
  std::string Error;              // non-empty when the text is malformed
};

/// Parses the text after "tensorlife::", e.g. "close(this)" or "result_depends(0,1)".
ParsedFact parseFact(const std::string &Text);

const char *spelling(FactKind Kind);
/// Every function fact's name, comma-separated, for error messages.
std::string factNames();
const char *spelling(TypeRole Role);

} // namespace tensorlife

#endif
