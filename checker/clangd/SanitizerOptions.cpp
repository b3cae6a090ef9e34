// Linked into tensorlife-clangd in the sanitizer build only (TENSORLIFE_SANITIZE).
//
// clangd's static archives (libclangDaemon.a, ...) are not instrumented, yet they share inline LLVM
// code with our instrumented objects, and the linker keeps one copy of each: ours of
// BumpPtrAllocator's slow path, which poisons every new slab for ASan (LLVM's allocator
// annotations), while the archives' inlined fast path hands out slab memory without unpoisoning it.
// Every StringMap insert in clangd's TUScheduler then reports use-after-poison inside LLVM's own
// code. So manual poisoning is off in this binary; ASan's own checks (heap, stack, globals, leaks)
// stay on.
extern "C" const char *__asan_default_options() { return "allow_user_poisoning=0"; }
