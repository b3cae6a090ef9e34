// ONNX Runtime C API, clean: the flow of ONNX Runtime's own C samples -- every call wrapped in a
// status-checking macro, the OrtApi table in a global, the input a view over the caller's
// buffer, the output read through GetTensorMutableData, everything released in reverse order
// after its last use, the caller's buffer last.
#include "onnxruntime_c_api.h"

#include <stdio.h>
#include <stdlib.h>
#include <vector>

const OrtApi *g_ort = nullptr;

#define ORT_ABORT_ON_ERROR(expr)                                                                   \
  do {                                                                                             \
    OrtStatus *onnx_status = (expr);                                                               \
    if (onnx_status != NULL) {                                                                     \
      fprintf(stderr, "%s\n", g_ort->GetErrorMessage(onnx_status));                                \
      g_ort->ReleaseStatus(onnx_status);                                                           \
      abort();                                                                                     \
    }                                                                                              \
  } while (0);

int runInference(OrtSession *session, std::vector<float> &modelInput) {
  OrtMemoryInfo *memoryInfo = NULL;
  ORT_ABORT_ON_ERROR(g_ort->CreateCpuMemoryInfo(OrtArenaAllocator, OrtMemTypeDefault, &memoryInfo));
  const int64_t shape[] = {1, 3, 720, 720};
  OrtValue *inputTensor = NULL;
  ORT_ABORT_ON_ERROR(g_ort->CreateTensorWithDataAsOrtValue(memoryInfo, modelInput.data(),
                                                           modelInput.size() * sizeof(float), shape, 4,
                                                           ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT, &inputTensor));
  g_ort->ReleaseMemoryInfo(memoryInfo);
  int isTensor = 0;
  ORT_ABORT_ON_ERROR(g_ort->IsTensor(inputTensor, &isTensor));
  const char *inputNames[] = {"inputImage"};
  const char *outputNames[] = {"outputImage"};
  OrtValue *outputTensor = NULL;
  ORT_ABORT_ON_ERROR(g_ort->Run(session, NULL, inputNames, (const OrtValue *const *)&inputTensor, 1, outputNames,
                                1, &outputTensor));
  float *outputData = NULL;
  ORT_ABORT_ON_ERROR(g_ort->GetTensorMutableData(outputTensor, (void **)&outputData));
  int result = outputData[0] > 0.5f;
  g_ort->ReleaseValue(outputTensor);
  g_ort->ReleaseValue(inputTensor);
  modelInput.clear();
  return result;
}

int main() {
  g_ort = OrtGetApiBase()->GetApi(ORT_API_VERSION);
  OrtEnv *env = NULL;
  ORT_ABORT_ON_ERROR(g_ort->CreateEnv(ORT_LOGGING_LEVEL_WARNING, "test", &env));
  OrtSessionOptions *options = NULL;
  ORT_ABORT_ON_ERROR(g_ort->CreateSessionOptions(&options));
  OrtSession *session = NULL;
  ORT_ABORT_ON_ERROR(g_ort->CreateSession(env, "model.onnx", options, &session));
  std::vector<float> input(3 * 720 * 720, 0.0f);
  int ret = runInference(session, input);
  g_ort->ReleaseSessionOptions(options);
  g_ort->ReleaseSession(session);
  g_ort->ReleaseEnv(env);
  return ret;
}
