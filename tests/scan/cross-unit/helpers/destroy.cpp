#include "helpers.h"

namespace app {

void destroy(mini::Session *s) { delete s; }

} // namespace app
