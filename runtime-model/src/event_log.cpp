#include "tlrt/event_log.h"

#include <cstdlib>
#include <cstring>
#include <iostream>

namespace tlrt {

void EventLog::enable(std::ostream *echo) {
  std::lock_guard<std::mutex> Lock(Mutex);
  Echo = echo;
  Enabled = true;
}

void EventLog::disable() {
  std::lock_guard<std::mutex> Lock(Mutex);
  Enabled = false;
  Echo = nullptr;
}

void EventLog::record(const std::string &event) {
  std::lock_guard<std::mutex> Lock(Mutex);
  if (!Enabled)
    return;
  Events.push_back(event);
  if (Echo)
    *Echo << "tlrt: " << event << '\n';
}

std::vector<std::string> EventLog::events() const {
  std::lock_guard<std::mutex> Lock(Mutex);
  return Events;
}

void EventLog::clear() {
  std::lock_guard<std::mutex> Lock(Mutex);
  Events.clear();
}

EventLog &event_log() {
  // Never destroyed: static destructors (a global Session or Scope) may still
  // log at exit.
  static EventLog &Log = *[] {
    auto *L = new EventLog;
    const char *Env = std::getenv("TLRT_LOG");
    if (Env && std::strcmp(Env, "1") == 0)
      L->enable(&std::cerr);
    return L;
  }();
  return Log;
}

} // namespace tlrt
