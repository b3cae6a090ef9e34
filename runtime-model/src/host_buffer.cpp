#include "tlrt/host_buffer.h"

#include "tensor_impl.h"
#include "tlrt/error.h"
#include "tlrt/mode.h"

#include <stdexcept>
#include <string>

namespace tlrt {

namespace detail {
/// The only way into HostBuffer's representation.
struct HostAccess {
  static const std::shared_ptr<HostState> &state(const HostBuffer &b) {
    return b.State;
  }
};
} // namespace detail

static std::string name(const detail::HostState &s) {
  return "buffer #" + std::to_string(s.Id);
}

HostBuffer::HostBuffer(std::vector<float> values)
    : State(std::make_shared<detail::HostState>(
          detail::HostState{detail::next_id(), std::move(values), {}})),
      Size(State->Values.size()) {
  detail::log_event("alloc " + name(*State) + " (HostBuffer)");
}

// Ends the buffer's life; views keep the state to report it.
static void end(detail::HostState &s, std::string culprit,
                const std::string &cause) {
  if (s.Dead)
    return;
  s.Dead = detail::Death{LifetimeKind::UseAfterRelease, std::move(culprit),
                         /*NamesTensor=*/false};
  detail::discard(s.Values);
  detail::log_event("release " + name(s) + " (" + cause + ")");
}

HostBuffer::~HostBuffer() {
  end(*State, name(*State) + " was destroyed", "destroyed");
}

void HostBuffer::free() {
  end(*State, name(*State) + " was released by HostBuffer::free()",
      "HostBuffer::free()");
}

float *HostBuffer::data() {
  if (mode() == Mode::Checked && State->Dead)
    throw LifetimeError(State->Dead->Kind, State->Dead->Culprit,
                        std::string(to_string(State->Dead->Kind)) +
                            ": access of " + name(*State) + " after " +
                            State->Dead->Culprit);
  return State->Values.data();
}

int HostBuffer::id() const { return State->Id; }

Tensor from_blob(HostBuffer &buffer) {
  const auto &State = detail::HostAccess::state(buffer);
  auto T = std::make_shared<detail::TensorImpl>();
  T->Size = buffer.size();
  T->Data = State->Values.data();
  T->Viewed = State;
  detail::log_event("view tensor #" + std::to_string(T->Id) + " of " +
                    name(*State));
  return detail::TensorAccess::wrap(std::move(T));
}

Tensor from_blob(float *data, std::size_t n) {
  if (!data && n > 0)
    throw std::invalid_argument("from_blob: null data");
  auto T = std::make_shared<detail::TensorImpl>();
  T->Size = n;
  T->Data = data;
  detail::log_event("view tensor #" + std::to_string(T->Id) +
                    " of raw memory (unchecked)");
  return detail::TensorAccess::wrap(std::move(T));
}

} // namespace tlrt
