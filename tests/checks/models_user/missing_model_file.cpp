// OPTIONS: -config={CheckOptions: {ModelFiles: 'inputs/wrapper.json; inputs/no_such_model.json'}}
// CHECK-NOTES: :[[@LINE-1]]:1: error: tensorlife: model file 'inputs/no_such_model.json': not found (a relative path is looked up from the checked file's directory upwards, then in the working directory) [tensorlife-use-after-release]
// A model file that does not exist is an error too; the other files in the list still load.
void nothing() {}
