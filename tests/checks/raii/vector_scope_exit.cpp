// A std::vector is a buffer: a view over its data() dies when the vector goes out of scope.
#include "tensorlife_test_api.h"

#include <vector>

void viewEscapesTheVectorsBlock() {
  api::Tensor pixels;
  {
    std::vector<float> decoded(16, 0.5f);
    pixels = api::from_data(decoded.data(), decoded.size());
  }
  api::print(pixels);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'pixels' is read after buffer 'decoded' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'decoded' was destroyed here
}

float dataPointerEscapesTheVectorsBlock() {
  const float *p = nullptr;
  {
    std::vector<float> v(4, 1.0f);
    p = v.data();
  }
  return p[0];
  // CHECK-NOTES: :[[@LINE-1]]:10: warning: 'p' is read after buffer 'v' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'v' was destroyed here
}

void vectorInLoopBody(int steps) {
  api::Tensor last;
  for (int i = 0; i < steps; ++i) {
    std::vector<float> row(8, float(i));
    last = api::from_data(row.data(), row.size());
  }
  api::print(last);
  // CHECK-NOTES: :[[@LINE-1]]:14: warning: 'last' is read after buffer 'row' was destroyed [tensorlife-use-after-release]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: buffer 'row' was destroyed here
}

// Looks similar but is fine: the vector is declared in the outer block.
void vectorOutlivesView() {
  std::vector<float> decoded(16, 0.5f);
  api::Tensor pixels;
  {
    pixels = api::from_data(decoded.data(), decoded.size());
  }
  api::print(pixels);
}

// Looks similar but is fine: the view is read inside the loop body, while `row` lives.
void viewReadInsideLoop(int steps) {
  for (int i = 0; i < steps; ++i) {
    std::vector<float> row(8, float(i));
    api::Tensor t = api::from_data(row.data(), row.size());
    api::print(t);
  }
}
