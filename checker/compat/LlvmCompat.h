// Every difference between the LLVM majors tensorlife builds against (19 and 22), in one place.
// Code elsewhere calls these and never tests LLVM_VERSION_MAJOR itself.
#ifndef TENSORLIFE_COMPAT_LLVMCOMPAT_H
#define TENSORLIFE_COMPAT_LLVMCOMPAT_H

#include "clang-tidy/ClangTidy.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "llvm/ADT/IntrusiveRefCntPtr.h"
#include "llvm/Config/llvm-config.h"

namespace tensorlife::compat {

/// The checks `Options` enables. LLVM 22 adds the experimental query-based custom checks, off
/// unless clang-tidy's --experimental-custom-checks is given; tensorlife never enables them.
inline std::vector<std::string> getCheckNames(const clang::tidy::ClangTidyOptions &Options,
                                              bool AllowEnablingAnalyzerAlphaCheckers) {
#if LLVM_VERSION_MAJOR >= 22
  return clang::tidy::getCheckNames(Options, AllowEnablingAnalyzerAlphaCheckers,
                                    /*ExperimentalCustomChecks=*/false);
#else
  return clang::tidy::getCheckNames(Options, AllowEnablingAnalyzerAlphaCheckers);
#endif
}

/// Owns the DiagnosticOptions of a TextDiagnosticPrinter and its DiagnosticsEngine, and hands each
/// constructor what it takes: LLVM 19 ref-counts the options (a pointer), LLVM 22 takes a reference
/// (the options must outlive both, so declare this member before them).
class OwnedDiagnosticOptions {
public:
  clang::DiagnosticOptions *operator->() { return &options(); }
#if LLVM_VERSION_MAJOR >= 22
  clang::DiagnosticOptions &forPrinter() { return Options; }
  clang::DiagnosticOptions &forEngine() { return Options; }

private:
  clang::DiagnosticOptions &options() { return Options; }
  clang::DiagnosticOptions Options;
#else
  clang::DiagnosticOptions *forPrinter() { return Options.get(); }
  llvm::IntrusiveRefCntPtr<clang::DiagnosticOptions> forEngine() { return Options; }

private:
  clang::DiagnosticOptions &options() { return *Options; }
  llvm::IntrusiveRefCntPtr<clang::DiagnosticOptions> Options{new clang::DiagnosticOptions()};
#endif
};

/// Hands \p Engine to a clang-tidy context. LLVM 22's context also takes options of its own.
inline void setDiagnosticsEngine(clang::tidy::ClangTidyContext &Context,
                                 clang::DiagnosticsEngine &Engine) {
#if LLVM_VERSION_MAJOR >= 22
  Context.setDiagnosticsEngine(std::make_unique<clang::DiagnosticOptions>(), &Engine);
#else
  Context.setDiagnosticsEngine(&Engine);
#endif
}

/// The canonical type a tag declaration (class, struct, enum) declares. LLVM 22 deleted
/// TagDecl::getTypeForDecl().
inline clang::QualType canonicalTypeOf(const clang::ASTContext &Ctx, const clang::TagDecl *Decl) {
#if LLVM_VERSION_MAJOR >= 22
  return Ctx.getCanonicalTypeDeclType(Decl);
#else
  return Ctx.getCanonicalType(Ctx.getTypeDeclType(Decl));
#endif
}

} // namespace tensorlife::compat

#endif
