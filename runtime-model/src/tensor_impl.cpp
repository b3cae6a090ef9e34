#include "tensor_impl.h"

#include "tlrt/event_log.h"
#include "tlrt/mode.h"

#include <algorithm>
#include <atomic>
#include <limits>
#include <stdexcept>

namespace tlrt::detail {

int next_id() {
  static std::atomic<int> Last{0};
  return ++Last;
}

void discard(std::vector<float> &values) {
  if (mode() == Mode::Unchecked)
    std::vector<float>().swap(values); // Swapping really frees the memory.
  else
    std::fill(values.begin(), values.end(),
              std::numeric_limits<float>::quiet_NaN());
}

void log_event(const std::string &event) {
  EventLog &Log = event_log();
  if (Log.enabled())
    Log.record(event);
}

static std::string name(const TensorImpl &t) {
  return "tensor #" + std::to_string(t.Id);
}

static std::string where(const TensorImpl &t) {
  return t.Owner.empty() ? "" : " in " + t.Owner;
}

void Arena::adopt(const std::shared_ptr<TensorImpl> &t) {
  // Drop handles of tensors already gone before the vector would grow, so a
  // long-lived scope or session stays small.
  if (Tensors.size() == Tensors.capacity())
    Tensors.erase(std::remove_if(Tensors.begin(), Tensors.end(),
                                 [](const auto &w) { return w.expired(); }),
                  Tensors.end());
  Tensors.push_back(t);
  t->Owner = Name;
}

void Arena::release_all(const Death &death) {
  for (const auto &W : Tensors)
    if (auto T = W.lock())
      end_life(*T, death, death.Culprit);
  Tensors.clear();
}

static void store(TensorImpl &t, std::vector<float> values,
                  const std::string &origin) {
  t.Storage = std::move(values);
  t.Data = t.Storage.data();
  log_event("alloc " + name(t) + " (" + origin + ")" + where(t));
}

std::shared_ptr<TensorImpl> allocate(std::vector<float> values,
                                     const std::string &origin, Arena *owner) {
  auto T = std::make_shared<TensorImpl>();
  T->Size = values.size();
  if (owner)
    owner->adopt(T);
  store(*T, std::move(values), origin);
  return T;
}

std::shared_ptr<TensorImpl>
defer(const std::string &op, Kernel compute,
      std::vector<std::shared_ptr<TensorImpl>> inputs, std::size_t size,
      Arena *owner) {
  auto T = std::make_shared<TensorImpl>();
  T->Size = size;
  T->Op = op;
  T->Compute = std::move(compute);
  T->Inputs = std::move(inputs);
  if (owner)
    owner->adopt(T);
  std::string Args;
  for (const auto &In : T->Inputs)
    Args += (Args.empty() ? "#" : ", #") + std::to_string(In->Id);
  log_event("lazy " + name(*T) + " = " + op + "(" + Args + ")" + where(*T));
  return T;
}

static const Death *death_of(const TensorImpl &t) {
  if (t.Dead)
    return &*t.Dead;
  if (t.Viewed && t.Viewed->Dead)
    return &*t.Viewed->Dead;
  return nullptr;
}

// Throws if `t`, reached while reading `reader`, is dead.
static void check_alive(const TensorImpl &t, const TensorImpl &reader) {
  const Death *D = death_of(t);
  if (!D)
    return;
  std::string Message =
      std::string(to_string(D->Kind)) + ": read of " + name(reader) + " after ";
  if (&t == &reader)
    Message += D->Culprit;
  else if (D->NamesTensor)
    Message += "input " + D->Culprit;
  else
    Message += D->Culprit + ", ending input " + name(t);
  throw LifetimeError(D->Kind, D->Culprit, Message);
}

static const float *read_for(TensorImpl &t, const TensorImpl &reader) {
  if (mode() == Mode::Checked)
    check_alive(t, reader);
  if (!t.Compute)
    return t.Data;
  std::vector<std::vector<float>> Args;
  for (const auto &In : t.Inputs) {
    const float *Values = read_for(*In, reader);
    Args.emplace_back(Values, Values + In->Size);
  }
  std::vector<float> Result = t.Compute(Args);
  if (Result.size() != t.Size)
    throw std::length_error("op '" + t.Op + "' returned " +
                            std::to_string(Result.size()) +
                            " values, expected " + std::to_string(t.Size));
  // Materialised: the result no longer depends on its inputs.
  t.Compute = nullptr;
  t.Inputs.clear();
  store(t, std::move(Result), t.Op);
  return t.Data;
}

const float *read(TensorImpl &t) { return read_for(t, t); }

void end_life(TensorImpl &t, Death death, const std::string &cause) {
  if (t.Dead)
    return;
  t.Dead = std::move(death);
  // A dead lazy result never computes: let its inputs go.
  t.Compute = nullptr;
  t.Inputs.clear();
  discard(t.Storage);
  log_event("release " + name(t) + " (" + cause + ")");
}

std::shared_ptr<TensorImpl> operand(const Tensor &t, const std::string &op) {
  const auto &Impl = TensorAccess::impl(t);
  if (!Impl)
    throw std::invalid_argument(op + ": empty tensor");
  return Impl;
}

} // namespace tlrt::detail
