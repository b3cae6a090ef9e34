// OPTIONS: -config={CheckOptions: {ModelFiles: 'inputs/wrong_version.json'}}
// CHECK-NOTES: :[[@LINE-1]]:1: error: tensorlife: model file '{{.*}}inputs/wrong_version.json': /schema_version: unsupported schema version 2 (this tensorlife reads version 1) [tensorlife-use-after-release]
// A malformed user model gives one error naming the file, the JSON path and what was expected,
// at the top of the checked file; the checks still run with the built-in models.
namespace app {
void close(int session);
}

void ok() { app::close(1); }
