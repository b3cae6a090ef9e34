// OPTIONS: -config={CheckOptions: {ModelFiles: 'inputs/unknown_role.json'}}
// CHECK-NOTES: :[[@LINE-1]]:1: error: tensorlife: model file '{{.*}}inputs/unknown_role.json': /types/0/role: unknown role 'owner' (expected one of: session, buffer, scope, tensor, owning_pointer, shared_pointer) [tensorlife-use-after-release]
// A malformed user model gives one error naming the file, the JSON path and what was expected,
// at the top of the checked file; the checks still run with the built-in models.
namespace app {
void close(int session);
}

void ok() { app::close(1); }
