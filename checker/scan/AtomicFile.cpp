#include "AtomicFile.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <unistd.h>

namespace tensorlife::scan {

std::string writeFileAtomically(llvm::StringRef Path, llvm::StringRef Content) {
  int FD = -1;
  llvm::SmallString<256> TempPath;
  if (std::error_code EC = llvm::sys::fs::createUniqueFile(Path + ".tmp-%%%%%%%%", FD, TempPath))
    return "cannot create a file next to '" + Path.str() + "': " + EC.message();
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Content;
    OS.flush();
    if (OS.has_error() == false)
      ::fsync(FD);
    OS.close();
    if (OS.has_error()) {
      std::string Message = OS.error().message();
      OS.clear_error();
      llvm::sys::fs::remove(TempPath);
      return "cannot write '" + TempPath.str().str() + "': " + Message;
    }
  }
  if (std::error_code EC = llvm::sys::fs::rename(TempPath, Path)) {
    llvm::sys::fs::remove(TempPath);
    return "cannot rename '" + TempPath.str().str() + "' to '" + Path.str() + "': " + EC.message();
  }
  return "";
}

namespace {

/// What a path names once symlinks are followed; the path itself when it does not exist yet (or
/// is a dangling link, which writing in place creates the target of).
std::string writeTarget(llvm::StringRef Path) {
  llvm::SmallString<256> Real;
  if (!llvm::sys::fs::real_path(Path, Real))
    return std::string(Real);
  return Path.str();
}

/// A FIFO, a device, a socket, or a dangling symlink: written where it is, never renamed over.
bool writtenInPlace(llvm::StringRef Target) {
  llvm::sys::fs::file_status Status;
  if (llvm::sys::fs::status(Target, Status, /*Follow=*/false))
    return false;
  auto Type = Status.type();
  return Type != llvm::sys::fs::file_type::regular_file &&
         Type != llvm::sys::fs::file_type::file_not_found;
}

std::string writeInPlace(llvm::StringRef Path, llvm::StringRef Content) {
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC, llvm::sys::fs::OF_None);
  if (EC)
    return "cannot write '" + Path.str() + "': " + EC.message();
  OS << Content;
  OS.close();
  if (OS.has_error()) {
    std::string Message = OS.error().message();
    OS.clear_error();
    return "cannot write '" + Path.str() + "': " + Message;
  }
  return "";
}

} // namespace

std::string writeOutputFile(llvm::StringRef Path, llvm::StringRef Content) {
  if (Path == "-") {
    llvm::outs() << Content;
    llvm::outs().flush();
    if (llvm::outs().has_error())
      return "cannot write to stdout: " + llvm::outs().error().message();
    return "";
  }
  std::string Target = writeTarget(Path);
  if (writtenInPlace(Target))
    return writeInPlace(Target, Content);
  return writeFileAtomically(Target, Content);
}

std::string checkWritable(llvm::StringRef Path) {
  if (Path == "-")
    return "";
  std::string Target = writeTarget(Path);
  if (llvm::sys::fs::is_directory(Target))
    return "'" + Path.str() + "' is a directory";
  if (writtenInPlace(Target)) {
    if (llvm::sys::fs::access(Target, llvm::sys::fs::AccessMode::Write))
      return "cannot write '" + Path.str() + "': permission denied";
    return "";
  }
  llvm::SmallString<256> Dir(Target);
  llvm::sys::path::remove_filename(Dir);
  if (Dir.empty())
    Dir = ".";
  if (!llvm::sys::fs::is_directory(Dir))
    return "cannot write '" + Path.str() + "': directory '" + Dir.str().str() + "' does not exist";
  // Permissions do not tell (root, read-only mounts, /proc): try.
  int FD = -1;
  llvm::SmallString<256> Probe;
  if (std::error_code EC = llvm::sys::fs::createUniqueFile(Target + ".tmp-%%%%%%%%", FD, Probe))
    return "cannot write '" + Path.str() + "': " + EC.message();
  ::close(FD);
  llvm::sys::fs::remove(Probe);
  return "";
}

bool readFile(llvm::StringRef Path, std::string &Content, std::string &Error) {
  if (llvm::sys::fs::is_directory(Path)) {
    Error = "cannot read '" + Path.str() + "': it is a directory";
    return false;
  }
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!Buffer) {
    Error = "cannot read '" + Path.str() + "': " + Buffer.getError().message();
    return false;
  }
  Content = (*Buffer)->getBuffer().str();
  return true;
}

} // namespace tensorlife::scan
