#include "core/CheckTable.h"

namespace tensorlife {

static const CheckInfo Checks[] = {
    {Category::UseAfterClose, "tensorlife-use-after-close",
     "A tensor or session is used after the session that owns it was closed.",
     "Flags a run of a session, or a read of a tensor borrowed from a session, that some path "
     "reaches after the session was closed or destroyed. The memory behind such tensors belongs "
     "to the session: the use reads freed memory or fails with a closed-session error.",
     "Use the session's outputs (or copy them out) before closing the session, and run "
     "everything you need before closing it. Each note marks a close that reaches the use. See "
     "docs/checks/use-after-close.md in tensorlife.",
     "Use the session's outputs (or copy them out) **before** closing the session, and run "
     "everything you need before closing it. Each note marks a close that reaches the use. See "
     "`docs/checks/use-after-close.md` in tensorlife.",
     "docs/checks/use-after-close.md"},
    {Category::UseAfterRelease, "tensorlife-use-after-release",
     "A tensor, view or data pointer is used after what it depends on was released.",
     "Flags a read of a tensor, view or raw data pointer that some path reaches after a buffer, "
     "input tensor or scope it borrows from, views or lazily depends on was released, destroyed "
     "or invalidated. The use reads freed or moved memory.",
     "Keep the inputs, buffers and scopes alive until the last use of what depends on them, or "
     "materialise/copy the result first. Each note marks a release that reaches the use. See "
     "docs/checks/use-after-release.md in tensorlife.",
     "Keep the inputs, buffers and scopes alive until the last use of what depends on them, or "
     "materialise/copy the result first. Each note marks a release that reaches the use. See "
     "`docs/checks/use-after-release.md` in tensorlife.",
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
