#include "PathMatch.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/Path.h"

namespace tensorlife::scan {

std::string normalizePath(llvm::StringRef Path, llvm::StringRef Base) {
  llvm::SmallString<256> Result;
  if (llvm::sys::path::is_absolute(Path)) {
    Result = Path;
  } else {
    Result = Base;
    llvm::sys::path::append(Result, Path);
  }
  llvm::sys::path::remove_dots(Result, /*remove_dot_dot=*/true);
  return std::string(Result);
}

std::string reportPath(llvm::StringRef AbsolutePath, llvm::StringRef Root) {
  llvm::StringRef P = AbsolutePath;
  llvm::StringRef R = Root;
  if (R.ends_with("/") && R.size() > 1)
    R = R.drop_back();
  if (R == "/")
    return P.drop_front().str();
  if (P.consume_front(R) && P.consume_front("/") && !P.empty())
    return P.str();
  return AbsolutePath.str();
}

static bool hasGlobCharacters(llvm::StringRef S) { return S.find_first_of("*?[{") != llvm::StringRef::npos; }

std::string PathGlobs::add(llvm::StringRef Pattern) {
  auto Text = std::make_shared<const std::string>(Pattern.str());
  auto Glob = llvm::GlobPattern::create(*Text);
  if (!Glob)
    return "bad pattern '" + Pattern.str() + "': " + llvm::toString(Glob.takeError());
  Patterns.push_back(std::move(Text));
  Globs.push_back(std::move(*Glob));
  return "";
}

bool PathGlobs::matches(llvm::StringRef ReportPath) const {
  for (const llvm::GlobPattern &G : Globs)
    if (G.match(ReportPath))
      return true;
  return false;
}

std::string FileFilter::init(llvm::StringRef T, llvm::StringRef Cwd) {
  Text = T.str();
  IsGlob = hasGlobCharacters(T);
  if (IsGlob) {
    // A relative glob is relative to the current directory, like a relative file name.
    Pattern = std::make_shared<const std::string>(
        llvm::sys::path::is_absolute(T) ? T.str() : (Cwd + "/" + T).str());
    auto G = llvm::GlobPattern::create(*Pattern);
    if (!G)
      return "bad pattern '" + Text + "': " + llvm::toString(G.takeError());
    Glob = std::move(*G);
    return "";
  }
  Absolute = normalizePath(T, Cwd);
  if (Absolute.size() > 1 && llvm::StringRef(Absolute).ends_with("/"))
    Absolute.pop_back();
  return "";
}

bool FileFilter::matches(llvm::StringRef AbsolutePath) const {
  if (IsGlob)
    return Glob.match(AbsolutePath);
  if (AbsolutePath == Absolute)
    return true;
  return AbsolutePath.starts_with(Absolute == "/" ? Absolute : Absolute + "/");
}

} // namespace tensorlife::scan
