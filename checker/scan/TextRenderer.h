// Renders a clang-tidy diagnostic exactly as clang-tidy prints it (`file:line:col: warning: msg
// [check]`, the source line, the caret, fix-it hints, then the notes), without colors. Mirrors
// clang-tidy's ErrorReporter for a run without --fix.
#ifndef TENSORLIFE_SCAN_TEXTRENDERER_H
#define TENSORLIFE_SCAN_TEXTRENDERER_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"

#include <memory>
#include <string>

namespace tensorlife::scan {

class TextRenderer {
public:
  TextRenderer();
  ~TextRenderer();
  std::string render(const clang::tidy::ClangTidyError &Error);

private:
  struct Impl;
  std::unique_ptr<Impl> P;
};

} // namespace tensorlife::scan

#endif
