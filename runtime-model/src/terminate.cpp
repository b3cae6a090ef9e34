#include "terminate.h"

#include "tlrt/error.h"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <iostream>

namespace tlrt::detail {

[[noreturn]] static void exit_with(int code, const char *prefix,
                                   const char *what) {
  // _Exit skips flushing: keep what the program printed before it died.
  std::cout.flush();
  std::fflush(stdout);
  std::fprintf(stderr, "%s%s\n", prefix, what);
  std::fflush(stderr);
  std::_Exit(code);
}

[[noreturn]] static void on_terminate() {
  if (std::exception_ptr Current = std::current_exception()) {
    try {
      std::rethrow_exception(Current);
    } catch (const LifetimeError &E) {
      const std::string Prefix =
          std::string("tlrt: LifetimeError [") + to_string(E.kind()) + "]: ";
      exit_with(3, Prefix.c_str(), E.what());
    } catch (const std::exception &E) {
      exit_with(4, "tlrt: uncaught exception: ", E.what());
    } catch (...) {
      exit_with(4, "tlrt: uncaught exception: ", "(not a std::exception)");
    }
  }
  std::fputs("tlrt: terminate called without an active exception\n", stderr);
  std::abort();
}

void install_terminate_handler() { std::set_terminate(on_terminate); }

} // namespace tlrt::detail
