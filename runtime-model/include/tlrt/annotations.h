// The tensorlife annotation macro (see docs/annotations.md). The checker learns
// this runtime's ownership rules only from these facts; GCC does not know
// clang::annotate, so the macro expands to nothing there.
#ifndef TLRT_ANNOTATIONS_H
#define TLRT_ANNOTATIONS_H

#if defined(__clang__)
#define TENSORLIFE(fact) [[clang::annotate("tensorlife::" fact)]]
#else
#define TENSORLIFE(fact)
#endif

#endif // TLRT_ANNOTATIONS_H
