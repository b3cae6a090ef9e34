#include "helpers.h"

namespace app {

void shutdown(mini::Session &s) { teardown(s); }

} // namespace app
