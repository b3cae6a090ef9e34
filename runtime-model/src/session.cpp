#include "tlrt/session.h"

#include "graph_data.h"
#include "tensor_impl.h"
#include "tlrt/error.h"

#include <string>

namespace tlrt {

namespace detail {
struct SessionState {
  explicit SessionState(std::shared_ptr<const GraphData> graph)
      : Graph(std::move(graph)), Outputs("session #" + std::to_string(Id)) {}

  int Id = next_id();
  std::shared_ptr<const GraphData> Graph;
  Arena Outputs;        // The output arena: run() results live here.
  std::string ClosedBy; // The culprit once closed, "" while open.
};
} // namespace detail

// Closes `s` (idempotent), releasing its outputs.
static void end(detail::SessionState &s, const std::string &how,
                const std::string &event) {
  if (!s.ClosedBy.empty())
    return;
  s.ClosedBy = s.Outputs.Name + " was " + how;
  detail::log_event(event + " " + s.Outputs.Name);
  s.Outputs.release_all(
      {LifetimeKind::UseAfterClose, s.ClosedBy, /*NamesTensor=*/false});
}

Session::Session(const Graph &graph)
    : State(std::make_unique<detail::SessionState>(graph.Data)) {
  detail::log_event("open " + State->Outputs.Name);
}

Session::~Session() {
  if (State)
    end(*State, "destroyed", "destroy");
}

Session::Session(Session &&other) noexcept = default;

Session &Session::operator=(Session &&other) noexcept {
  if (this != &other) {
    if (State)
      end(*State, "destroyed", "destroy");
    State = std::move(other.State);
  }
  return *this;
}

Tensor Session::run(Node node) {
  if (!State)
    throw SessionClosed("the session was moved from",
                        "run of a moved-from session");
  if (!State->ClosedBy.empty())
    throw SessionClosed(State->ClosedBy, "run of " + State->Outputs.Name);
  std::vector<float> Values = State->Graph->evaluate(State->Graph->index(node));
  return detail::TensorAccess::wrap(
      detail::allocate(std::move(Values), "run", &State->Outputs));
}

void Session::close() {
  if (State)
    end(*State, "closed by Session::close()", "close");
}

bool Session::is_closed() const { return !State || !State->ClosedBy.empty(); }

int Session::id() const { return State ? State->Id : 0; }

} // namespace tlrt
