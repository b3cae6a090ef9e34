// Test header: everything is declared in interpreter.h.
#include "tensorflow/lite/interpreter.h"
