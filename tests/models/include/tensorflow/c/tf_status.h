// Test re-declaration of tensorflow/c/tf_status.h (TensorFlow 2.x): declarations only, no
// tensorlife annotations. Written from the public header; a subset.
#ifndef TENSORFLOW_C_TF_STATUS_H_
#define TENSORFLOW_C_TF_STATUS_H_

#ifdef __cplusplus
extern "C" {
#endif

typedef struct TF_Status TF_Status;

typedef enum TF_Code {
  TF_OK = 0,
  TF_CANCELLED = 1,
  TF_UNKNOWN = 2,
  TF_INVALID_ARGUMENT = 3,
} TF_Code;

extern TF_Status* TF_NewStatus(void);
extern void TF_DeleteStatus(TF_Status*);
extern TF_Code TF_GetCode(const TF_Status* s);
extern const char* TF_Message(const TF_Status* s);

#ifdef __cplusplus
}
#endif

#endif
