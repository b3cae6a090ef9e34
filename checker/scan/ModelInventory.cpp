#include "ModelInventory.h"

#include "Hash.h"
#include "PathMatch.h"

#include "core/ModelFile.h"

#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"
#include "clang/AST/Attr.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <vector>
#include <thread>

using namespace clang;
using namespace clang::ast_matchers;

namespace tensorlife::scan {

std::map<std::string, unsigned> &annotatedFiles() {
  static std::map<std::string, unsigned> Files;
  return Files;
}

bool &astMatched() {
  static bool Matched = false;
  return Matched;
}

std::map<std::string, std::string> modelFilesOf(const tidy::ClangTidyOptions &Options,
                                                const std::string &MainFile,
                                                const std::string &CompileDirectory) {
  std::map<std::string, std::string> Result;
  for (const auto &Option : Options.CheckOptions) {
    llvm::StringRef Key = Option.getKey();
    if (Key != "ModelFiles" && !Key.ends_with(".ModelFiles"))
      continue;
    for (const std::string &Entry : ::tensorlife::splitModelFileList(Option.getValue().Value)) {
      std::string Found;
      if (llvm::sys::path::is_absolute(Entry)) {
        if (llvm::sys::fs::exists(Entry))
          Found = Entry;
      } else {
        for (llvm::StringRef Dir = llvm::sys::path::parent_path(MainFile); !Dir.empty() && Found.empty();
             Dir = llvm::sys::path::parent_path(Dir)) {
          llvm::SmallString<256> Candidate(Dir);
          llvm::sys::path::append(Candidate, Entry);
          if (llvm::sys::fs::exists(Candidate))
            Found = std::string(Candidate);
        }
        if (Found.empty() && llvm::sys::fs::exists(normalizePath(Entry, CompileDirectory)))
          Found = normalizePath(Entry, CompileDirectory);
      }
      Result[Entry] = Found.empty() ? "" : normalizePath(Found, "/");
    }
  }
  return Result;
}

std::map<std::string, std::string> builtinModelHashes() {
  std::map<std::string, std::string> Result;
  for (const ::tensorlife::BuiltinModelText &T : ::tensorlife::builtinModelTexts())
    Result[T.Name] = sha256Hex(T.Json);
  return Result;
}

void runTestHooks(const std::string &MainFile) {
  if (const char *Crash = std::getenv("TENSORLIFE_SCAN_TEST_CRASH"); Crash && *Crash &&
      MainFile.find(Crash) != std::string::npos) {
    // A real invalid write (not raise(), whose handler would return): the address comes from a
    // volatile so that the compiler cannot turn it into a trap.
    volatile std::uintptr_t Address = 0;
    *reinterpret_cast<volatile int *>(Address) = 1;
  }
  if (const char *Hang = std::getenv("TENSORLIFE_SCAN_TEST_HANG"); Hang && *Hang &&
      MainFile.find(Hang) != std::string::npos) {
    // Bounded, so that a broken supervisor cannot leave it behind for ever.
    std::this_thread::sleep_for(std::chrono::minutes(10));
  }
  if (const char *Allocate = std::getenv("TENSORLIFE_SCAN_TEST_ALLOCATE"); Allocate && *Allocate &&
      MainFile.find(Allocate) != std::string::npos) {
    // Address space, not memory: the blocks are never touched. Without a limit it ends, leaked.
    static std::vector<std::unique_ptr<char[]>> Blocks;
    for (int I = 0; I < 1024; ++I)
      Blocks.emplace_back(new char[64 << 20]);
  }
}

namespace {

class ModelInventoryCheck : public tidy::ClangTidyCheck {
public:
  using ClangTidyCheck::ClangTidyCheck;

  void registerMatchers(MatchFinder *Finder) override {
    Finder->addMatcher(decl(hasAttr(attr::Annotate)).bind("decl"), this);
  }

  void registerPPCallbacks(const SourceManager &SM, Preprocessor *, Preprocessor *) override {
    SourceMgr = &SM;
  }

  // Called once the translation unit is parsed, before any matching: the test hooks crash or hang
  // here, inside the analysis.
  void onStartOfTranslationUnit() override {
    Seen.clear();
    astMatched() = true;
    if (SourceMgr)
      if (auto Main = SourceMgr->getFileEntryRefForID(SourceMgr->getMainFileID()))
        runTestHooks(Main->getName().str());
  }

  void check(const MatchFinder::MatchResult &Result) override {
    const auto *D = Result.Nodes.getNodeAs<Decl>("decl");
    if (!D || !Seen.insert(D).second)
      return;
    const SourceManager &SM = *Result.SourceManager;
    for (const auto *A : D->specific_attrs<AnnotateAttr>()) {
      if (!A->getAnnotation().starts_with("tensorlife::"))
        continue;
      SourceLocation Loc = SM.getExpansionLoc(A->getLocation());
      if (Loc.isInvalid())
        Loc = SM.getExpansionLoc(D->getLocation());
      auto File = SM.getFileEntryRefForID(SM.getFileID(Loc));
      if (!File)
        continue;
      llvm::SmallString<256> Path(File->getName());
      SM.getFileManager().makeAbsolutePath(Path);
      ++annotatedFiles()[normalizePath(Path, "/")];
    }
  }

private:
  llvm::DenseSet<const Decl *> Seen;
  const SourceManager *SourceMgr = nullptr;
};

class ScanInternalModule : public tidy::ClangTidyModule {
public:
  void addCheckFactories(tidy::ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<ModelInventoryCheck>(InventoryCheckName);
  }
};

tidy::ClangTidyModuleRegistry::Add<ScanInternalModule>
    X("tensorlife-scan-internal", "tensorlife-scan's model inventory (reports nothing).");

} // namespace
} // namespace tensorlife::scan
