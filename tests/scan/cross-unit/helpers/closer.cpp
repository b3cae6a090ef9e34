#include "helpers.h"

namespace app {

Closer::~Closer() {}

void Closer::close_it(mini::Session &s) { s.close(); }

} // namespace app
