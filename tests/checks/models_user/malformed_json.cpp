// OPTIONS: -config={CheckOptions: {ModelFiles: 'inputs/bad_json.json'}}
// CHECK-NOTES: :[[@LINE-1]]:1: error: tensorlife: model file '{{.*}}inputs/bad_json.json': invalid JSON: parse error at line 6, column 3: syntax error while parsing value - unexpected ']'; expected '[', '{', or a literal [tensorlife-use-after-release]
// A malformed user model gives one error naming the file, the JSON path and what was expected,
// at the top of the checked file; the checks still run with the built-in models.
namespace app {
void close(int session);
}

void ok() { app::close(1); }
