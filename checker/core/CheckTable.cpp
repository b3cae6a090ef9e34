#include "core/CheckTable.h"

namespace tensorlife {

static const CheckInfo Checks[] = {
    {Category::UseAfterClose, "tensorlife-use-after-close",
     "A tensor or session is used after the session that owns it was closed.",
     "Flags a run of a session, or a read of a tensor borrowed from a session, that some path "
     "reaches after the session was closed or destroyed. The memory behind such tensors belongs "
     "to the session: the use reads freed memory or fails with a closed-session error.",
     "docs/checks/use-after-close.md"},
    {Category::UseAfterRelease, "tensorlife-use-after-release",
     "A tensor, view or data pointer is used after what it depends on was released.",
     "Flags a read of a tensor, view or raw data pointer that some path reaches after a buffer, "
     "input tensor or scope it borrows from, views or lazily depends on was released, destroyed "
     "or invalidated. The use reads freed or moved memory.",
     "docs/checks/use-after-release.md"},
};

llvm::ArrayRef<CheckInfo> checkTable() { return Checks; }

const CheckInfo &checkOf(Category Cat) {
  for (const CheckInfo &C : Checks)
    if (C.Cat == Cat)
      return C;
  llvm_unreachable("every category has a row in the check table");
}

const CheckInfo *checkNamed(llvm::StringRef Name) {
  for (const CheckInfo &C : Checks)
    if (Name == C.Name)
      return &C;
  return nullptr;
}

} // namespace tensorlife
