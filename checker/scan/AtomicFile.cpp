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

std::string checkWritable(llvm::StringRef Path) {
  if (llvm::sys::fs::is_directory(Path))
    return "'" + Path.str() + "' is a directory";
  llvm::SmallString<256> Dir(Path);
  llvm::sys::path::remove_filename(Dir);
  if (Dir.empty())
    Dir = ".";
  if (!llvm::sys::fs::is_directory(Dir))
    return "cannot write '" + Path.str() + "': directory '" + Dir.str().str() + "' does not exist";
  if (llvm::sys::fs::access(Dir, llvm::sys::fs::AccessMode::Write))
    return "cannot write '" + Path.str() + "': directory '" + Dir.str().str() + "' is not writable";
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
