// A small tensor API for the focused diagnostics tests, annotated as the bundled runtime
// (runtime-model/include/tlrt/*.h) is, plus the shapes of the real runtimes' C and C++ APIs that
// the runtime does not have (pointer handles, create/delete pairs, an interpreter whose tensors
// move when it re-allocates, adopting a caller's buffer with a deleter). Declarations only:
// clang-tidy only parses the tests. See docs/annotations.md for what each fact means.
//
//   Tensor       tensor    copies share the buffer; data()/to_vector()/clone()
//   Session      session   run() hands out tensors borrowed from it; close(); destroying closes it
//   Interpreter  session   input()/output() hand out Tensor* borrowed from it; allocate_tensors()
//                          re-allocates its arena: data pointers into it dangle, the Tensor* do not
//   HostBuffer   buffer    caller-owned memory; from_blob()/from_data() make non-owning views
//   Scope        scope     tensors made by result_in_scope functions die with the innermost scope
#ifndef TENSORLIFE_TEST_API_H
#define TENSORLIFE_TEST_API_H

#include <cstddef>
#include <vector>

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
  Tensor(Tensor &&) noexcept;
  Tensor &operator=(Tensor &&) noexcept;
  ~Tensor();

  /// Not a use.
  std::size_t size() const;
  TENSORLIFE("read(this)") float at(std::size_t i) const;
  /// A raw pointer into the tensor's buffer: dies with the buffer (and with what it borrows from).
  TENSORLIFE("read(this)") TENSORLIFE("result_data(this)") const float *data() const;
  /// Copies the values out: the vector outlives everything.
  TENSORLIFE("read(this)") std::vector<float> to_vector() const;
  /// An owning deep copy: independent of this tensor, its buffer, session and scope.
  TENSORLIFE("read(this)") Tensor clone() const;
  TENSORLIFE("release(this)") void release();
};

TENSORLIFE("result_in_scope") Tensor ones(std::size_t n);
TENSORLIFE("result_in_scope") Tensor zeros(std::size_t n);
TENSORLIFE("release(0)") void release(Tensor &t);
TENSORLIFE("read(0)") void print(const Tensor &t);
/// Free-function form of Tensor::data().
TENSORLIFE("read(0)") TENSORLIFE("result_data(0)") const float *data(const Tensor &t);
TENSORLIFE("result_depends(0,1)") TENSORLIFE("result_in_scope")
Tensor add(const Tensor &a, const Tensor &b);
TENSORLIFE("result_depends(0,1)") TENSORLIFE("result_in_scope")
Tensor operator+(const Tensor &a, const Tensor &b);
TENSORLIFE("result_depends(0,1,2)") TENSORLIFE("result_in_scope")
Tensor add3(const Tensor &a, const Tensor &b, const Tensor &c);
TENSORLIFE("result_depends(0)") TENSORLIFE("result_in_scope")
Tensor scale(const Tensor &a, float factor);

/// Reads `n` values from a raw data pointer.
TENSORLIFE("read(0)") float sum(const float *p, std::size_t n);

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

/// C-style pointer handle API over the same session: create / close / run / delete.
Session *open_session();
TENSORLIFE("close(0)") void close_session(Session *s);
TENSORLIFE("run(0)") TENSORLIFE("result_borrows(0)") Tensor run_session(Session *s, Node node);
TENSORLIFE("destroy(0)") void destroy_session(Session *s);

/// A TFLite-style interpreter: a session-like owner of an arena of tensors.
class TENSORLIFE("session") Interpreter {
public:
  Interpreter();
  ~Interpreter();
  Interpreter(const Interpreter &) = delete;
  Interpreter &operator=(const Interpreter &) = delete;

  /// Re-plans the arena: every data pointer into it dangles; the Tensor* stay valid.
  TENSORLIFE("invalidate(this)") void allocate_tensors();
  /// Also moves the arena (must be followed by allocate_tensors()).
  TENSORLIFE("invalidate(this)") void resize_input(int index, std::size_t n);
  TENSORLIFE("run(this)") void invoke();
  TENSORLIFE("result_borrows(this)") Tensor *input(int index);
  TENSORLIFE("result_borrows(this)") Tensor *output(int index);
};

Interpreter *new_interpreter();
TENSORLIFE("destroy(0)") void delete_interpreter(Interpreter *interp);

/// A caller-owned buffer; destroying or freeing it leaves every view over it dangling.
class TENSORLIFE("buffer") HostBuffer {
public:
  explicit HostBuffer(std::size_t n);
  ~HostBuffer();
  HostBuffer(const HostBuffer &) = delete;
  HostBuffer &operator=(const HostBuffer &) = delete;

  TENSORLIFE("result_data(this)") float *data();
  std::size_t size() const;
  TENSORLIFE("release(this)") void free();
};

TENSORLIFE("result_views(0)") Tensor from_blob(HostBuffer &buffer);
/// A non-owning view over `n` floats at `p` (`p` is usually a buffer's or a vector's data()).
TENSORLIFE("result_views(0)") Tensor from_data(float *p, std::size_t n);
/// Takes ownership of `p` and frees it with `deleter` when the last copy goes. A null deleter or
/// one with an empty body does not own `p`: then it is a view, as from_data.
TENSORLIFE("result_adopts(0,2)")
Tensor adopt(float *p, std::size_t n, void (*deleter)(float *));
/// A deleter for adopt(): `delete[] p`.
void delete_floats(float *p);

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
