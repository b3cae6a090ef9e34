#include "helpers.h"

namespace app {

Closer::~Closer() {}

void Closer::close_it(mini::Session &s) { s.close(); }

Handle::operator bool() const { return true; }

void *Handle::operator new(unsigned long) { return nullptr; }

} // namespace app
