// ONNX Runtime C API (built-in model onnxruntime-c): calls through the OrtApi function table are
// matched by the member's name (OrtApi::ReleaseSession, OrtApi::Run, ...), whether the table is
// a local pointer, a global one or the result of GetApi.
#include "onnxruntime_c_api.h"

const OrtApi *g_ort = nullptr;

void runAfterRelease(const OrtApi *api, OrtEnv *env, OrtSessionOptions *options, const char *const *inputNames,
                     const char *const *outputNames, OrtValue *input) {
  OrtSession *session = nullptr;
  api->CreateSession(env, "model.onnx", options, &session);
  api->ReleaseSession(session);
  OrtValue *output = nullptr;
  api->Run(session, nullptr, inputNames, &input, 1, outputNames, 1, &output);
  // CHECK-NOTES: :[[@LINE-1]]:12: warning: session 'session' is run after it was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: session 'session' was destroyed here
}

void inputReleasedThroughGlobalTable(OrtSession *session, const char *const *inputNames,
                                     const char *const *outputNames, OrtValue *input) {
  g_ort->ReleaseValue(input);
  OrtValue *output = nullptr;
  g_ort->Run(session, nullptr, inputNames, &input, 1, outputNames, 1, &output);
  // CHECK-NOTES: :[[@LINE-1]]:44: warning: '&input' is read after 'input' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'input' was destroyed here
}

void sessionOutlivesEnv(const char *const *inputNames, const char *const *outputNames, OrtValue *input) {
  const OrtApi *api = OrtGetApiBase()->GetApi(ORT_API_VERSION);
  OrtEnv *env = nullptr;
  api->CreateEnv(ORT_LOGGING_LEVEL_WARNING, "app", &env);
  OrtSession *session = nullptr;
  api->CreateSession(env, "model.onnx", nullptr, &session);
  api->ReleaseEnv(env);
  OrtValue *output = nullptr;
  (*api->Run)(session, nullptr, inputNames, &input, 1, outputNames, 1, &output);
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: session 'session' is run after session 'env' was destroyed [tensorlife-use-after-close]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: session 'env' was destroyed here
  api->ReleaseSession(session);
}
