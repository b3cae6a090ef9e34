// ONNX Runtime C API, clean: release after the last use; Run outputs own their memory (read
// after the session and the env are released); a function pointer that is not a member of a
// modelled table (a user's own `Release` callback) is not matched by the OrtApi names.
#include "onnxruntime_c_api.h"

float releaseInOrder(const OrtApi *api, const char *const *inputNames, const char *const *outputNames,
                     OrtValue *input) {
  OrtEnv *env = nullptr;
  api->CreateEnv(ORT_LOGGING_LEVEL_WARNING, "app", &env);
  OrtSession *session = nullptr;
  api->CreateSession(env, "model.onnx", nullptr, &session);
  OrtValue *output = nullptr;
  api->Run(session, nullptr, inputNames, &input, 1, outputNames, 1, &output);
  api->ReleaseSession(session);
  api->ReleaseEnv(env);
  float *scores = nullptr;
  api->GetTensorMutableData(output, reinterpret_cast<void **>(&scores));
  float first = scores[0];
  api->ReleaseValue(output);
  return first;
}

struct Callbacks {
  void (*ReleaseSession)(OrtSession *session);
};

void userTable(const OrtApi *api, Callbacks *callbacks, OrtSession *session, const char *const *inputNames,
               const char *const *outputNames, OrtValue *input) {
  callbacks->ReleaseSession(session);
  OrtValue *output = nullptr;
  api->Run(session, nullptr, inputNames, &input, 1, outputNames, 1, &output);
  api->ReleaseValue(output);
}
