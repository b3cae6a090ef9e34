// Moving a std::unique_ptr transfers the session: the moved-from pointer is null, so resetting
// it or letting it go ends nothing; the new owner's reset ends what the session handed out.
#include "tensorlife_test_api.h"

#include <memory>
#include <utility>

std::unique_ptr<api::Session> keepAlive(std::unique_ptr<api::Session> s);

void newOwnerReset(api::Node n) {
  auto a = std::make_unique<api::Session>();
  api::Tensor out = a->run(n);
  std::unique_ptr<api::Session> b = std::move(a);
  b.reset();
  api::print(out);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'out' is read after session 'b' was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'b' was destroyed here
}

// Looks similar but is fine: the moved-from pointer is empty; resetting it destroys nothing.
void movedFromReset(api::Node n) {
  auto a = std::make_unique<api::Session>();
  api::Tensor out = a->run(n);
  std::unique_ptr<api::Session> b = std::move(a);
  a.reset();
  api::print(out);
  api::print(b->run(n));
}

// Looks similar but is fine: the moved-from pointer leaves its block; the owner lives on.
void movedFromLeavesItsBlock(api::Node n) {
  std::unique_ptr<api::Session> owner;
  api::Tensor out;
  {
    auto local = std::make_unique<api::Session>();
    out = local->run(n);
    owner = std::move(local);
  }
  api::print(out);
}

// Looks similar but is fine: the session is handed to a function that returns it again.
void roundTrip(api::Node n) {
  auto sess = std::make_unique<api::Session>();
  sess = keepAlive(std::move(sess));
  api::print(sess->run(n));
}
