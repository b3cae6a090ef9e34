// OPTIONS: -config={CheckOptions: {ModelFiles: 'inputs/unknown_key.json'}}
// CHECK-NOTES: :[[@LINE-1]]:1: error: tensorlife: model file '{{.*}}inputs/unknown_key.json': /functions/0/fact: unknown key 'fact' (expected one of 'comment', 'facts', 'name', 'params') [tensorlife-use-after-release]
// A malformed user model gives one error naming the file, the JSON path and what was expected,
// at the top of the checked file; the checks still run with the built-in models.
namespace app {
void close(int session);
}

void ok() { app::close(1); }
