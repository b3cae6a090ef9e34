// OPTIONS: -config={CheckOptions: {ModelFiles: 'inputs/function_table.json'}}
// A user model names the members of a C plugin's function table (`table->infer(...)`) by their
// qualified names, like functions; `params` is matched against the member's prototype, and a
// result written through an out-parameter is described with result_out.
extern "C" {
typedef struct app_engine app_engine;
typedef struct app_tensor app_tensor;
typedef struct app_plugin {
  app_engine *(*create_engine)(const char *model);
  void (*destroy_engine)(app_engine *engine);
  app_tensor *(*infer)(app_engine *engine, const float *input);
  int (*infer_into)(app_engine *engine, const float *input, app_tensor **out);
  int (*infer_status)(app_engine *engine, const float *input, app_tensor **out);
  const float *(*tensor_data)(const app_tensor *tensor);
} app_plugin;
}

float tensorAfterEngineDestroyed(const app_plugin *plugin, const float *input) {
  app_engine *engine = plugin->create_engine("model.bin");
  app_tensor *out = plugin->infer(engine, input);
  plugin->destroy_engine(engine);
  return plugin->tensor_data(out)[0];
  // CHECK-NOTES: :[[@LINE-1]]:30: warning: 'out' is read after session 'engine' was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'engine' was destroyed here
}

float dataAfterEngineDestroyed(const app_plugin *plugin, const float *input) {
  app_engine *engine = plugin->create_engine("model.bin");
  app_tensor *out = plugin->infer(engine, input);
  const float *data = plugin->tensor_data(out);
  plugin->destroy_engine(engine);
  return data[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'data' is read after session 'engine' was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'engine' was destroyed here
}

float readBeforeDestroy(const app_plugin *plugin, const float *input) {
  app_engine *engine = plugin->create_engine("model.bin");
  app_tensor *out = plugin->infer(engine, input);
  float first = plugin->tensor_data(out)[0];
  plugin->destroy_engine(engine);
  return first;
}

float outParameterAfterEngineDestroyed(const app_plugin *plugin, const float *input) {
  app_engine *engine = plugin->create_engine("model.bin");
  app_tensor *out = nullptr;
  plugin->infer_into(engine, input, &out);
  plugin->destroy_engine(engine);
  return plugin->tensor_data(out)[0];
  // CHECK-NOTES: :[[@LINE-1]]:30: warning: 'out' is read after session 'engine' was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: session 'engine' was destroyed here
}

// Only the members the model names: infer_status is not described (so its output is not tied
// to the engine), and a free function named like a member is not that member.
void infer(app_engine *engine, const float *input);

float unmodelledMember(const app_plugin *plugin, const float *input) {
  app_engine *engine = plugin->create_engine("model.bin");
  app_tensor *out = nullptr;
  plugin->infer_status(engine, input, &out);
  plugin->destroy_engine(engine);
  infer(engine, input);
  return plugin->tensor_data(out)[0];
}
