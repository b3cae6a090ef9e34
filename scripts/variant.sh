# Sourced by scripts/setup, scripts/build and scripts/test: the build variant their options name.
# Each variant option sets the build directory's suffix and the CMake options of its configure, so
# that every variant lives in its own build directory next to the others:
#   (none)       LLVM 19, build/
#   --llvm 22    LLVM 22, build-llvm22/
#   --sanitize   AddressSanitizer + UndefinedBehaviorSanitizer with clang++, build-sanitize/
# A new variant is one more case below: append to VARIANT_SUFFIX and VARIANT_CMAKE_ARGS. BUILD_DIR, when set, overrides the directory.
#
# After parse_variant "$@": LLVM_MAJOR, BUILD_DIR, VARIANT_CMAKE_ARGS, VARIANT_ARGS (the variant
# options given, to pass on to another script) and REST_ARGS (the other arguments, in order).

DEFAULT_LLVM_MAJOR=19
LLVM_MAJOR="$DEFAULT_LLVM_MAJOR"
VARIANT_SUFFIX=""
VARIANT_CMAKE_ARGS=()
VARIANT_ARGS=()
REST_ARGS=()
SANITIZE=0

parse_variant() {
  while [ $# -gt 0 ]; do
    case "$1" in
      --llvm)
        [[ "${2:-}" =~ ^[0-9]+$ ]] || { echo "$(basename "$0"): --llvm needs a major version, e.g. --llvm 22" >&2; exit 2; }
        LLVM_MAJOR="$2"; VARIANT_ARGS+=("$1" "$2"); shift 2 ;;
      --sanitize)
        SANITIZE=1; VARIANT_ARGS+=("$1"); shift ;;
      *) REST_ARGS+=("$1"); shift ;;
    esac
  done
  if [ "$LLVM_MAJOR" != "$DEFAULT_LLVM_MAJOR" ]; then
    VARIANT_SUFFIX="-llvm$LLVM_MAJOR$VARIANT_SUFFIX"
  fi
  if [ "$SANITIZE" = 1 ]; then
    VARIANT_SUFFIX="$VARIANT_SUFFIX-sanitize"
    VARIANT_CMAKE_ARGS+=(-DTENSORLIFE_SANITIZE=ON "-DCMAKE_CXX_COMPILER=clang++-$LLVM_MAJOR")
  fi
  VARIANT_CMAKE_ARGS=("-DTENSORLIFE_LLVM_MAJOR=$LLVM_MAJOR" "${VARIANT_CMAKE_ARGS[@]}")
  BUILD_DIR="${BUILD_DIR:-build$VARIANT_SUFFIX}"
}
