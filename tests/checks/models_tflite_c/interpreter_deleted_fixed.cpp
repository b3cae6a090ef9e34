// TensorFlow Lite C API, clean: TfLiteModelDelete right after TfLiteInterpreterCreate is fine (the
// interpreter does not need the model object); outputs copied out with TfLiteTensorCopyToBuffer
// outlive the interpreter.
#include "tensorflow/lite/c/c_api.h"

#include <vector>

float modelDeletedEarly(const std::vector<char> &modelData, const std::vector<float> &input) {
  TfLiteModel *model = TfLiteModelCreate(modelData.data(), modelData.size());
  TfLiteInterpreter *interpreter = TfLiteInterpreterCreate(model, nullptr);
  TfLiteModelDelete(model);
  TfLiteInterpreterAllocateTensors(interpreter);
  TfLiteTensor *in = TfLiteInterpreterGetInputTensor(interpreter, 0);
  TfLiteTensorCopyFromBuffer(in, input.data(), input.size() * sizeof(float));
  TfLiteInterpreterInvoke(interpreter);
  const TfLiteTensor *output = TfLiteInterpreterGetOutputTensor(interpreter, 0);
  float result = 0;
  TfLiteTensorCopyToBuffer(output, &result, sizeof(result));
  TfLiteInterpreterDelete(interpreter);
  return result;
}
