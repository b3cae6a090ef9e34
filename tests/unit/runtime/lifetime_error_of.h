// Test helper: the LifetimeError a statement throws.
#ifndef TLRT_TESTS_LIFETIME_ERROR_OF_H
#define TLRT_TESTS_LIFETIME_ERROR_OF_H

#include "tlrt/error.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

/// The LifetimeError `f` throws; nullopt (and a test failure) if it throws
/// none.
template <typename F>
std::optional<tlrt::LifetimeError> lifetime_error_of(F f) {
  try {
    f();
  } catch (const tlrt::LifetimeError &E) {
    return E;
  }
  ADD_FAILURE() << "expected a tlrt::LifetimeError";
  return std::nullopt;
}

/// The culprit of the LifetimeError `f` throws; "" (and a test failure) if it
/// throws none.
template <typename F> std::string culprit_of(F f) {
  std::optional<tlrt::LifetimeError> E = lifetime_error_of(f);
  return E ? E->culprit() : "";
}

/// "#<id>", to build expected messages.
inline std::string ref(int id) { return "#" + std::to_string(id); }

#endif // TLRT_TESTS_LIFETIME_ERROR_OF_H
