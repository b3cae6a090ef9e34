// Checked mode turns every dead buffer access into a LifetimeError; unchecked
// mode behaves like a real runtime (a dead access is undefined behaviour).
#ifndef TLRT_MODE_H
#define TLRT_MODE_H

namespace tlrt {

enum class Mode { Checked, Unchecked };

/// Defaults to Checked; TLRT_MODE=unchecked in the environment at startup
/// selects Unchecked.
void set_mode(Mode mode);
Mode mode();

} // namespace tlrt

#endif // TLRT_MODE_H
