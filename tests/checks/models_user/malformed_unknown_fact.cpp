// OPTIONS: -config={CheckOptions: {ModelFiles: 'inputs/unknown_fact.json'}}
// CHECK-NOTES: :[[@LINE-1]]:1: error: tensorlife: model file '{{.*}}inputs/unknown_fact.json': /functions/1/facts/1: unknown tensorlife fact 'closes' (expected one of: close, release, destroy, invalidate, open, run, read, write, result_borrows, result_data, result_depends, result_views, result_shares, result_adopts, result_in_scope, result_aliases, result_moves, result_element, stores, reseat, result_out, ends_elements, holds, result_dead, replace; operands are 'this' or a 0-based parameter index) [tensorlife-use-after-release]
// A malformed user model gives one error naming the file, the JSON path and what was expected,
// at the top of the checked file; the checks still run with the built-in models.
namespace app {
void close(int session);
}

void ok() { app::close(1); }
