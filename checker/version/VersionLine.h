// What every tensorlife binary's --version says: the tool, the tensorlife release and the LLVM it
// was built with (it runs only with that LLVM major), e.g.
//   tensorlife-tidy (tensorlife 0.1.0) built with LLVM 19.1.7
#ifndef TENSORLIFE_VERSION_VERSIONLINE_H
#define TENSORLIFE_VERSION_VERSIONLINE_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Config/llvm-config.h"

#include <string>

namespace tensorlife {

inline std::string versionLine(llvm::StringRef Tool) {
  return Tool.str() + " (tensorlife " TENSORLIFE_VERSION ") built with LLVM " LLVM_VERSION_STRING;
}

} // namespace tensorlife

#endif
