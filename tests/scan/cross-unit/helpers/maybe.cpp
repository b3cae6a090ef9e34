#include "helpers.h"

namespace app {

void maybe_close(mini::Session &s, bool really) {
  if (really)
    s.close();
}

} // namespace app
