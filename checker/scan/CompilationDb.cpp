#include "CompilationDb.h"

#include "AtomicFile.h"
#include "LoaderFlags.h"
#include "PathMatch.h"

#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace tensorlife::scan {

std::string selectTranslationUnits(const ScanOptions &Opts, const std::string &Root,
                                   const std::string &Cwd, Selection &Out) {
  std::string Path = normalizePath(Opts.Database, Cwd);
  if (llvm::sys::fs::is_directory(Path)) {
    llvm::SmallString<256> File(Path);
    llvm::sys::path::append(File, "compile_commands.json");
    if (!llvm::sys::fs::exists(File))
      return "no compile_commands.json in '" + Opts.Database +
             "' (CMake writes one with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON)";
    Path = std::string(File);
  } else if (!llvm::sys::fs::exists(Path)) {
    return "compilation database '" + Opts.Database + "' does not exist";
  }
  std::string Content, Error;
  if (!readFile(Path, Content, Error))
    return Error;
  Out.DatabasePath = Path;

  // As clang-tidy -p loads it: the JSON database, response files expanded, driver mode inferred.
  std::unique_ptr<clang::tooling::CompilationDatabase> DB =
      clang::tooling::JSONCompilationDatabase::loadFromBuffer(
          Content, Error, clang::tooling::JSONCommandLineSyntax::AutoDetect);
  if (!DB)
    return "cannot parse compilation database '" + Path + "': " + Error;
  DB = clang::tooling::inferTargetAndDriverMode(
      clang::tooling::expandResponseFiles(std::move(DB), llvm::vfs::getRealFileSystem()));

  std::vector<clang::tooling::CompileCommand> Commands = DB->getAllCompileCommands();
  Out.InDatabase = Commands.size();
  if (Commands.empty())
    return "compilation database '" + Path + "' has no entries";

  std::vector<FileFilter> Filters(Opts.Filters.size());
  std::vector<bool> FilterUsed(Filters.size(), false);
  for (size_t I = 0; I < Filters.size(); ++I)
    if (std::string E = Filters[I].init(Opts.Filters[I], Cwd); !E.empty())
      return E;
  PathGlobs Excludes;
  for (const std::string &E : Opts.Excludes)
    if (std::string Err = Excludes.add(E); !Err.empty())
      return "--exclude: " + Err;

  std::vector<TranslationUnit> Units;
  std::set<std::tuple<std::string, std::string, std::vector<std::string>>> Seen;
  for (clang::tooling::CompileCommand &C : Commands) {
    TranslationUnit TU;
    TU.Directory = C.Directory;
    TU.File = normalizePath(C.Filename, normalizePath(C.Directory, Cwd));
    TU.ReportPath = reportPath(TU.File, Root);
    TU.Arguments = std::move(C.CommandLine);
    TU.DroppedFlags = dropLoaderFlags(TU.Arguments);
    if (!Seen.insert({TU.File, TU.Directory, TU.Arguments}).second)
      continue;
    if (!Filters.empty()) {
      bool Any = false;
      for (size_t I = 0; I < Filters.size(); ++I)
        if (Filters[I].matches(TU.File))
          Any = FilterUsed[I] = true;
      if (!Any)
        continue;
    }
    if (Excludes.matches(TU.ReportPath)) {
      ++Out.Excluded;
      continue;
    }
    Units.push_back(std::move(TU));
  }
  for (size_t I = 0; I < Filters.size(); ++I)
    if (!FilterUsed[I])
      return "no translation unit in '" + Path + "' matches '" + Filters[I].text() + "'";

  std::stable_sort(Units.begin(), Units.end(), [](const TranslationUnit &A, const TranslationUnit &B) {
    return A.File < B.File;
  });
  if (Opts.ShardCount) {
    std::vector<TranslationUnit> Mine;
    for (size_t I = 0; I < Units.size(); ++I) {
      if (I % Opts.ShardCount == Opts.ShardIndex - 1)
        Mine.push_back(std::move(Units[I]));
      else
        ++Out.OtherShards;
    }
    Units = std::move(Mine);
  }
  Out.Units = std::move(Units);
  return "";
}

} // namespace tensorlife::scan
