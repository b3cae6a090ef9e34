// Unusual but valid code around tracked objects: nothing here may crash the check, and none of it
// is a lifetime bug, so it must stay silent.
#include "tensorlife_test_api.h"

#include <memory>
#include <utility>
#include <vector>

struct Pair {
  api::Tensor A, B;
};
Pair makePair();

union Bits {
  float F;
  int I;
};

void structuredBindings() {
  auto [a, b] = makePair();
  api::print(a);
  api::print(b);
}

void commaAndConditional(bool c) {
  api::Tensor t = api::ones(3);
  api::Tensor u = (api::print(t), c ? t : api::ones(2));
  api::print(u);
}

void placementAndArrays() {
  alignas(api::Session) unsigned char storage[sizeof(api::Session)];
  api::Session *s = new (storage) api::Session();
  s->~Session();
  api::Tensor arr[3];
  for (api::Tensor &t : arr)
    t = api::ones(1);
  api::print(arr[2]);
}

void statementExpression() {
  api::Tensor t = ({ api::Tensor tmp = api::ones(3); tmp; });
  api::print(t);
}

void localClassAndUnion() {
  struct Local {
    api::Tensor T;
    void show() const { api::print(T); }
  } l{api::ones(3)};
  l.show();
  Bits b{1.0f};
  (void)b.I;
}

void functionPointers(void (*fp)(const api::Tensor &)) {
  api::Tensor t = api::ones(3);
  void (*rel)(api::Tensor &) = api::release;
  fp(t);
  (void)rel;
  api::print(t);
}

void nestedLambdas(api::Node n) {
  api::Session sess;
  auto outer = [&] {
    auto inner = [&] { api::print(sess.run(n)); };
    inner();
  };
  outer();
  sess.close();
}

void initListAndVectorOfSessions(api::Node n) {
  std::vector<std::unique_ptr<api::Session>> pool;
  pool.push_back(std::make_unique<api::Session>());
  for (auto &s : pool)
    api::print(s->run(n));
  pool.clear();
}

[[noreturn]] void fail();
void noreturnAfterRelease() {
  api::Tensor t = api::ones(3);
  api::release(t);
  fail();
  api::print(t);
}

void unreachableAfterReturn() {
  api::Tensor t = api::ones(3);
  api::release(t);
  return;
  api::print(t);
}

void infiniteLoopWithBreak(bool (*more)()) {
  api::Session sess;
  for (;;) {
    if (!more())
      break;
  }
  sess.close();
}

int functionTryBlock(api::Tensor t) try {
  return int(t.at(0));
} catch (...) {
  return 0;
}

void selfAssignment() {
  api::Tensor t = api::ones(3);
  t = t;
  api::Session s;
  s = std::move(s);
  api::print(t);
}
