// Test re-declaration of tensorflow/lite/c/c_api_types.h (TensorFlow Lite 2.x): declarations
// only, no tensorlife annotations. Written from the public header; a subset.
#ifndef TENSORFLOW_LITE_C_C_API_TYPES_H_
#define TENSORFLOW_LITE_C_C_API_TYPES_H_

#ifdef __cplusplus
extern "C" {
#endif

typedef enum TfLiteStatus {
  kTfLiteOk = 0,
  kTfLiteError = 1,
  kTfLiteDelegateError = 2,
} TfLiteStatus;

typedef enum {
  kTfLiteNoType = 0,
  kTfLiteFloat32 = 1,
  kTfLiteInt32 = 2,
  kTfLiteUInt8 = 3,
} TfLiteType;

typedef struct TfLiteQuantizationParams {
  float scale;
  int zero_point;
} TfLiteQuantizationParams;

// A tensor in the interpreter system (defined in common.h; opaque through the C API).
typedef struct TfLiteTensor TfLiteTensor;

#ifdef __cplusplus
}
#endif

#endif
