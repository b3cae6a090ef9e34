// The exit contract of a program that lets a LifetimeError escape.
#ifndef TLRT_SRC_TERMINATE_H
#define TLRT_SRC_TERMINATE_H

namespace tlrt::detail {

/// Makes std::terminate with an uncaught LifetimeError print
/// "tlrt: LifetimeError [<kind>]: <what>" on stderr and exit with 3; any other
/// exception prints "tlrt: uncaught exception: <what>" and exits with 4.
void install_terminate_handler();

} // namespace tlrt::detail

#endif // TLRT_SRC_TERMINATE_H
