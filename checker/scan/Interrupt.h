// Ctrl-C and SIGTERM during a scan: the handler only records the request; the supervisor stops its
// workers, writes what is done (atomically) and exits 130.
#ifndef TENSORLIFE_SCAN_INTERRUPT_H
#define TENSORLIFE_SCAN_INTERRUPT_H

namespace tensorlife::scan {

void installInterruptHandlers();
bool interruptRequested();

} // namespace tensorlife::scan

#endif
