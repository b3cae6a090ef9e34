#include "LoaderFlags.h"

#include "llvm/ADT/StringRef.h"

namespace tensorlife::scan {
namespace {

/// Driver flags that load a shared object, with their value joined (-fplugin=x.so) or not.
bool isDriverLoaderFlag(llvm::StringRef A) {
  return A.starts_with("-fplugin=") || A.starts_with("-fpass-plugin=") ||
         A.starts_with("-fplugin-arg-");
}

/// cc1 flags (behind -Xclang) that load or activate plugins; the ones taking a separate value.
bool isCc1LoaderFlagWithValue(llvm::StringRef A) {
  return A == "-load" || A == "-plugin" || A == "-add-plugin" || A.starts_with("-plugin-arg-");
}

bool isCc1LoaderFlagJoined(llvm::StringRef A) {
  return A.starts_with("-fpass-plugin=") || A.starts_with("-load=") ||
         A.starts_with("-add-plugin=") || A.starts_with("-plugin=");
}

/// The value behind `-Xclang` at \p I (either "-Xclang X" or "-Xclang=X"); advances \p I.
bool xclangValue(const std::vector<std::string> &Args, size_t &I, std::string &Value) {
  llvm::StringRef A = Args[I];
  if (A == "-Xclang" && I + 1 < Args.size()) {
    Value = Args[++I];
    return true;
  }
  if (A.consume_front("-Xclang=")) {
    Value = A.str();
    return true;
  }
  return false;
}

} // namespace

std::vector<std::string> dropLoaderFlags(std::vector<std::string> &Args) {
  std::vector<std::string> Kept, Dropped;
  for (size_t I = 0; I < Args.size(); ++I) {
    llvm::StringRef A = Args[I];
    if (I > 0 && isDriverLoaderFlag(A)) {
      Dropped.push_back(A.str());
      continue;
    }
    if (I > 0 && (A == "-fplugin" || A == "-fpass-plugin") && I + 1 < Args.size()) {
      Dropped.push_back(A.str() + " " + Args[I + 1]);
      ++I;
      continue;
    }
    size_t Start = I;
    std::string Inner;
    if (I > 0 && xclangValue(Args, I, Inner)) {
      if (isCc1LoaderFlagJoined(Inner)) {
        Dropped.push_back(Args[Start] + (Start == I ? "" : " " + Inner));
        continue;
      }
      if (isCc1LoaderFlagWithValue(Inner)) {
        std::string Group = Start == I ? Args[Start] : Args[Start] + " " + Inner;
        size_t Next = I + 1;
        std::string Value;
        if (Next < Args.size() && xclangValue(Args, Next, Value)) {
          Group += " " + (Next == I + 1 ? Args[Next] : Args[I + 1] + " " + Value);
          I = Next;
        }
        Dropped.push_back(Group);
        continue;
      }
      // An ordinary -Xclang flag: keep both words as they were.
      for (size_t K = Start; K <= I; ++K)
        Kept.push_back(Args[K]);
      continue;
    }
    Kept.push_back(Args[I]);
  }
  Args = std::move(Kept);
  return Dropped;
}

} // namespace tensorlife::scan
