// A small tensor API for the focused diagnostics tests, annotated exactly as the bundled runtime
// (runtime-model/include/tlrt/*.h) is. Declarations only: clang-tidy only parses the tests.
#ifndef TENSORLIFE_TEST_API_H
#define TENSORLIFE_TEST_API_H

#include <cstddef>

#define TENSORLIFE(fact) [[clang::annotate("tensorlife::" fact)]]

namespace api {

/// A graph node: not tracked.
struct Node {
  int Index = 0;
};

/// Copies share the buffer: releasing one releases it for all.
class TENSORLIFE("tensor") Tensor {
public:
  Tensor();
  Tensor(const Tensor &);
  Tensor &operator=(const Tensor &);
  ~Tensor();

  /// Not a use.
  std::size_t size() const;
  TENSORLIFE("read(this)") float at(std::size_t i) const;
  TENSORLIFE("read(this)") TENSORLIFE("result_borrows(this)") const float *data() const;
  TENSORLIFE("release(this)") void release();
};

TENSORLIFE("result_in_scope") Tensor ones(std::size_t n);
TENSORLIFE("release(0)") void release(Tensor &t);
TENSORLIFE("read(0)") void print(const Tensor &t);
TENSORLIFE("result_depends(0,1)") TENSORLIFE("result_in_scope")
Tensor add(const Tensor &a, const Tensor &b);
TENSORLIFE("result_depends(0,1)") TENSORLIFE("result_in_scope")
Tensor operator+(const Tensor &a, const Tensor &b);

/// Destroying it closes it.
class TENSORLIFE("session") Session {
public:
  Session();
  ~Session();
  Session(Session &&other) noexcept;
  Session &operator=(Session &&other) noexcept;

  TENSORLIFE("run(this)") TENSORLIFE("result_borrows(this)") Tensor run(Node node);
  TENSORLIFE("close(this)") void close();
  /// Not a use.
  bool is_closed() const;
};

/// A caller-owned buffer; destroying or freeing it leaves every view over it dangling.
class TENSORLIFE("buffer") HostBuffer {
public:
  explicit HostBuffer(std::size_t n);
  ~HostBuffer();
  HostBuffer(const HostBuffer &) = delete;
  HostBuffer &operator=(const HostBuffer &) = delete;

  float *data();
  TENSORLIFE("release(this)") void free();
};

TENSORLIFE("result_views(0)") Tensor from_blob(HostBuffer &buffer);

/// Tensors allocated while it is the innermost live scope die with it.
class TENSORLIFE("scope") Scope {
public:
  Scope();
  ~Scope();
  Scope(const Scope &) = delete;
  Scope &operator=(const Scope &) = delete;

  /// Copies `t` into a buffer owned by the enclosing scope (or by no scope).
  TENSORLIFE("read(0)") Tensor keep(const Tensor &t);
};

} // namespace api

#endif // TENSORLIFE_TEST_API_H
