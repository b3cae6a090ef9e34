#include "helpers.h"

namespace app {

void teardown(mini::Session &s) { s.close(); }

} // namespace app
