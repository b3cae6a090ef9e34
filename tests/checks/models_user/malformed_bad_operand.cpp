// OPTIONS: -config={CheckOptions: {ModelFiles: 'inputs/bad_operand.json'}}
// CHECK-NOTES: :[[@LINE-1]]:1: error: tensorlife: model file '{{.*}}inputs/bad_operand.json': /functions/0/facts/0: operand 1 of 'close(1)' is out of range: the entry has 1 parameter(s), indices start at 0 [tensorlife-use-after-release]
// A malformed user model gives one error naming the file, the JSON path and what was expected,
// at the top of the checked file; the checks still run with the built-in models.
namespace app {
void close(int session);
}

void ok() { app::close(1); }
