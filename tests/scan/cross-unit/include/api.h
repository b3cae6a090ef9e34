// A tiny annotated tensor API for the cross-unit scan tests (no standard headers: a unit parses
// in milliseconds). See docs/annotations.md for the facts.
#ifndef CROSS_UNIT_API_H
#define CROSS_UNIT_API_H

#define TL(fact) [[clang::annotate("tensorlife::" fact)]]

namespace mini {

struct Node {
  int index = 0;
};

class TL("tensor") Tensor {
public:
  Tensor();
  Tensor(const Tensor &);
  ~Tensor();
};

class TL("session") Session {
public:
  Session();
  ~Session();
  TL("run(this)") TL("result_borrows(this)") Tensor run(Node n);
  TL("close(this)") void close();
};

/// Memory a tensor can view; destroying it leaves the views dangling.
class TL("buffer") Buffer {
public:
  Buffer();
  ~Buffer();
};

TL("read(0)") void print(const Tensor &t);
TL("result_views(0)") Tensor from_blob(Buffer &b);

} // namespace mini

#endif
