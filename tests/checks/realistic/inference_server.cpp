// A realistic inference server: a handler owns a session through a std::unique_ptr, queues
// deferred replies as std::function callbacks, reloads the model on request, and shuts down
// through a helper. Bugs: reply callbacks that capture an output (by value in a queue, by
// reference in a std::function) and run after a reload, a helper that closes the session before
// the response is serialised, and a member session reset then run in the same member function.
// Member state across member functions is not tracked (documented limit); the correct twins stay
// silent.
// XFAIL: callbacks queued in a container of std::function, and reset() of a member unique_ptr, are not followed
#include "tensorlife_test_api.h"

#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace {

struct Request {
  int Id = 0;
  api::Node Output;
};

void send(int id, const std::vector<float> &values);
bool wantsReload(const Request &r);

void shutdownSession(api::Session &s) { s.close(); }

std::vector<float> serialise(const api::Tensor &t) { return t.to_vector(); }

class Handler {
public:
  Handler() : Sess(std::make_unique<api::Session>()) {}

  void handleBatchWithLateFlush(const std::vector<Request> &batch) {
    std::vector<std::function<void()>> replies;
    for (const Request &r : batch) {
      api::Tensor out = Sess->run(r.Output);
      replies.push_back([id = r.Id, out] { send(id, out.to_vector()); });
      // CHECK-NOTES: :[[@LINE-1]]:53: warning: 'out' is read after session 'Sess' was replaced [tensorlife-use-after-close]
      // CHECK-NOTES: :[[@LINE+3]]:5: note: session 'Sess' was replaced here
      // CHECK-NOTES: :[[@LINE+4]]:7: note: the lambda is called here
    }
    Sess = std::make_unique<api::Session>(); // reload the model before replying
    for (auto &reply : replies)
      reply();
  }

  void replyAfterReload(const Request &r) {
    api::Tensor out = Sess->run(r.Output);
    std::function<void()> reply = [&] { send(r.Id, serialise(out)); };
    // CHECK-NOTES: :[[@LINE-1]]:62: warning: 'out' is read after session 'Sess' was replaced [tensorlife-use-after-close]
    // CHECK-NOTES: :[[@LINE+2]]:7: note: session 'Sess' was replaced here
    if (wantsReload(r))
      Sess = std::make_unique<api::Session>();
    // CHECK-NOTES: :[[@LINE-2]]:9: note: assuming this condition is true
    reply();
    // CHECK-NOTES: :[[@LINE-1]]:5: note: the lambda is called here
  }

  // Looks similar but is fine: the reply is sent before the reload.
  void replyBeforeReload(const Request &r) {
    api::Tensor out = Sess->run(r.Output);
    std::function<void()> reply = [&] { send(r.Id, serialise(out)); };
    reply();
    if (wantsReload(r))
      Sess = std::make_unique<api::Session>();
  }

  // Looks similar but is fine: the callback captures copied-out values.
  void replyWithValuesAfterReload(const Request &r) {
    std::vector<float> values = Sess->run(r.Output).to_vector();
    std::function<void()> reply = [id = r.Id, values] { send(id, values); };
    Sess = std::make_unique<api::Session>();
    reply();
  }

  void lastRequest(const Request &r) {
    api::Tensor out = Sess->run(r.Output);
    shutdownSession(*Sess);
    send(r.Id, serialise(out));
    // CHECK-NOTES: :[[@LINE-1]]:26: warning: 'out' is read after session 'Sess' was closed [tensorlife-use-after-close]
    // CHECK-NOTES: :[[@LINE-3]]:5: note: session 'Sess' was closed here
  }

  // Looks similar but is fine: serialised first, then shut down.
  void lastRequestFixed(const Request &r) {
    api::Tensor out = Sess->run(r.Output);
    std::vector<float> values = serialise(out);
    shutdownSession(*Sess);
    send(r.Id, values);
  }

  void resetThenServe(const Request &r) {
    Sess.reset();
    api::print(Sess->run(r.Output));
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: session 'Sess' is run after it was destroyed [tensorlife-use-after-close]
    // CHECK-NOTES: :[[@LINE-3]]:5: note: session 'Sess' was destroyed here
  }

  // Not reported (documented limit): stop() and serve() are separate member functions.
  void stop() { Sess->close(); }
  void serve(const Request &r) { send(r.Id, Sess->run(r.Output).to_vector()); }

private:
  std::unique_ptr<api::Session> Sess;
};

// Looks similar but is fine: each handler owns its own session.
void serveTwoHandlers(const std::vector<Request> &requests) {
  Handler a, b;
  for (const Request &r : requests) {
    a.serve(r);
    b.serve(r);
  }
  a.stop();
  b.serve(requests.front());
}

} // namespace

int main() {
  std::vector<Request> requests(3);
  Handler h;
  h.replyBeforeReload(requests[0]);
  h.replyWithValuesAfterReload(requests[1]);
  h.lastRequestFixed(requests[2]);
  serveTwoHandlers(requests);
  return 0;
}
