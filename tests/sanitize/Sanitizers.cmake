# The test suite under the sanitizer build (TENSORLIFE_SANITIZE): every test runs with the
# sanitizer options below, and the plugin tests load the instrumented plugin into the distro
# clang-tidy through a wrapper that preloads the ASan runtime (the distro binary has none).

# abort_on_error: a report ends the process with SIGABRT, which every test sees as a crash
#   (never as an exit status a test expects, such as clang-tidy's 1 for findings).
# handle_segv=0: a segfault goes to LLVM's own handler, which prints the stack dump the scan's
#   crash tests look for, and still kills the process with SIGSEGV.
# UBSan reports are fatal (the build uses -fno-sanitize-recover=undefined); print the stack.
set(TENSORLIFE_SANITIZER_ENVIRONMENT
  "ASAN_OPTIONS=abort_on_error=1:handle_segv=0:detect_leaks=1:check_initialization_order=1"
  "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
  "LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_LIST_DIR}/lsan.supp:print_suppressions=0")

execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libclang_rt.asan-x86_64.so
                OUTPUT_VARIABLE TENSORLIFE_ASAN_RUNTIME OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT EXISTS "${TENSORLIFE_ASAN_RUNTIME}")
  message(FATAL_ERROR "no shared ASan runtime for ${CMAKE_CXX_COMPILER} (libclang-rt-${TENSORLIFE_LLVM_MAJOR}-dev)")
endif()
# Leaks are not looked for in the distro clang-tidy: it is LLVM's process, not ours (the checks'
# own allocations are covered by the same tests through tensorlife-tidy, which is instrumented).
set(TENSORLIFE_DISTRO_TIDY_WRAPPER ${CMAKE_BINARY_DIR}/tools/clang-tidy-with-asan)
file(WRITE ${TENSORLIFE_DISTRO_TIDY_WRAPPER}
"#!/bin/sh
# Generated (tests/sanitize/Sanitizers.cmake): the distro clang-tidy with the ASan runtime, so
# that it can load the instrumented plugin.
ASAN_OPTIONS=\"\${ASAN_OPTIONS}:detect_leaks=0\" LD_PRELOAD=${TENSORLIFE_ASAN_RUNTIME} exec ${TENSORLIFE_DISTRO_TIDY} \"$@\"
")
file(CHMOD ${TENSORLIFE_DISTRO_TIDY_WRAPPER} PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE
     GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(TENSORLIFE_DISTRO_TIDY ${TENSORLIFE_DISTRO_TIDY_WRAPPER})

# Timed tests (scripts/robustness limits, fuzz.ci) get 6x their time: ASan costs ~3.3x CPU (measured
# on goto-spaghetti-2000), the rest is headroom for a shared machine.
set(TENSORLIFE_TIME_SCALE 6)

# Programs linked with the instrumented tlrt need the sanitizer runtimes: the same compiler and flags.
set(TENSORLIFE_RUNTIME_CXX ${CMAKE_BINARY_DIR}/tools/cxx-sanitize)
string(JOIN " " sanitize_flags ${TENSORLIFE_SANITIZE_FLAGS})
file(WRITE ${TENSORLIFE_RUNTIME_CXX}
"#!/bin/sh
# Generated (tests/sanitize/Sanitizers.cmake): the sanitizer build's compiler and flags.
exec ${CMAKE_CXX_COMPILER} ${sanitize_flags} \"$@\"
")
file(CHMOD ${TENSORLIFE_RUNTIME_CXX} PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE
     GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# ctest runs the tests with these options: a file it includes (TEST_INCLUDE_FILES) sets them in
# its own environment, which every test inherits.
set(env_file ${CMAKE_CURRENT_BINARY_DIR}/sanitizer-environment.cmake)
file(WRITE ${env_file} "# Generated (tests/sanitize/Sanitizers.cmake).\n")
foreach(assignment ${TENSORLIFE_SANITIZER_ENVIRONMENT})
  string(REGEX MATCH "^[A-Z_]+" name "${assignment}")
  string(LENGTH "${name}=" prefix)
  string(SUBSTRING "${assignment}" ${prefix} -1 value)
  file(APPEND ${env_file} "set(ENV{${name}} \"${value}\")\n")
endforeach()
set_property(DIRECTORY APPEND PROPERTY TEST_INCLUDE_FILES ${env_file})
