#!/usr/bin/env bash
# The README's instructions for using tensorlife in a project, run for real: a project with a
# .clang-tidy and a compile_commands.json, checked with the plugin in the distro clang-tidy and
# with tensorlife-tidy. Both must report the tensorlife finding as an error (WarningsAsErrors)
# and the stock bugprone finding as a warning, and fail.
#   project_usage_test.sh TENSORLIFE_TIDY DISTRO_CLANG_TIDY PLUGIN RUNTIME_INCLUDE_DIR
set -euo pipefail
tidy=$1 distro=$2 plugin=$3 include=$4
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp "$here/project/main.cpp" "$here/project/.clang-tidy" "$work/"
mkdir "$work/build"
cat > "$work/build/compile_commands.json" <<JSON
[{"directory": "$work/build",
  "command": "c++ -std=c++17 -I$include -c $work/main.cpp -o main.o",
  "file": "$work/main.cpp"}]
JSON

expect() {
  local name=$1; shift
  local output status=0
  output=$("$@" 2>&1) || status=$?
  echo "$ $*"; echo "$output"
  grep -q "main.cpp:13:15: error: 'out' is read after session 'sess' was closed \[tensorlife-use-after-close,-warnings-as-errors\]" <<<"$output" \
    || { echo "FAIL($name): tensorlife finding missing"; exit 1; }
  grep -q "main.cpp:17:27: warning: 'v' used after it was moved \[bugprone-use-after-move\]" <<<"$output" \
    || { echo "FAIL($name): stock finding missing"; exit 1; }
  [ "$status" -ne 0 ] || { echo "FAIL($name): expected a non-zero exit (WarningsAsErrors)"; exit 1; }
}

expect tensorlife-tidy "$tidy" -p "$work/build" "$work/main.cpp"
expect plugin "$distro" --load="$plugin" -p "$work/build" "$work/main.cpp"
echo "PASS"
