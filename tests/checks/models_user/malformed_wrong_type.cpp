// OPTIONS: -config={CheckOptions: {ModelFiles: 'inputs/wrong_type.json'}}
// CHECK-NOTES: :[[@LINE-1]]:1: error: tensorlife: model file '{{.*}}inputs/wrong_type.json': /functions/0/params: expected a parameter count (an integer) or an array of parameter type patterns, got a string [tensorlife-use-after-release]
// A malformed user model gives one error naming the file, the JSON path and what was expected,
// at the top of the checked file; the checks still run with the built-in models.
namespace app {
void close(int session);
}

void ok() { app::close(1); }
