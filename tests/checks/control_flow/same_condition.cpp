// Branches on the same unchanged condition are correlated: a path that releases under `c` and
// reads under `!c` cannot happen. Precision first: such infeasible paths must not be reported.
#include "tensorlife_test_api.h"

// Looks similar but is fine: the release and the read are on opposite sides of the same
// condition, inside one if/else.
void oppositeSidesOfOneIf(bool consumed) {
  api::Tensor t = api::ones(3);
  if (consumed) {
    api::release(t);
  } else {
    api::print(t);
  }
}

// Looks similar but is fine: released only when `last`, and read again only when not `last`.
void correlatedConditions(bool last) {
  api::Tensor t = api::ones(3);
  api::print(t);
  if (last)
    api::release(t);
  if (!last)
    api::print(t);
}
