// The rules that come from C++ itself rather than from an API, so that no model can say them:
// what a container's elements are, and which expressions read through a pointer. Every
// library's behaviour (the standard library's included) is data: checker/models/*.json.
#ifndef TENSORLIFE_CORE_LANGUAGERULES_H
#define TENSORLIFE_CORE_LANGUAGERULES_H

#include "core/ApiModel.h"

#include "clang/AST/Expr.h"

namespace tensorlife {

/// The elements of a container class template: the mapped type of an associative one, else its
/// first template argument; null for anything else.
clang::QualType elementType(clang::QualType T);

/// A class template whose elements, its first template argument, are tracked objects or
/// pointers to them (`std::vector<Tensor>`): an element stands for it (`result_element`), and it
/// holds what is stored into it (`stores`).
bool holdsTrackedElements(clang::QualType T, ApiModel &Model);

/// The pointer a dereference (`*p`, `p[i]`, `p->m`) reads through, if \p St is one.
const clang::Expr *dereferenced(const clang::Stmt *St);

/// The pointer that pointer arithmetic (`d + 2`, `2 + d`, `d++`, `--d`) starts from, through
/// parentheses and nesting; \p E itself when it is none.
const clang::Expr *arithmeticBase(const clang::Expr *E);

/// The dereference an assignment (`*p = v`, `p[i] += v`) writes through, if \p St is one.
const clang::Expr *writtenThrough(const clang::Stmt *St);

} // namespace tensorlife

#endif
