#!/usr/bin/env python3
"""Applies the tensorlife fix-its to a copy of a source file, the three ways clang-tidy users do,
and checks the result.

1. The `// CHECK-...` lines of the file are blanked (as clang-tidy's check_clang_tidy.py does), so
   that expectations cannot match themselves.
2. The fixes are applied by `tensorlife-tidy --fix`, by the distro `clang-tidy --load PLUGIN --fix`
   and by `tensorlife-tidy --export-fixes` + `clang-apply-replacements`: the three results must be
   the same file.
3. With `// CHECK-FIXES:` lines, FileCheck matches them against the fixed file (strict
   whitespace); without, the file must be unchanged (no sound fix exists there), while the
   checker still warns on it and --export-fixes lists no replacement for any warning.
4. The fixed file must compile; with `// FIXED: clean` the checker must be silent on it; with
   `// FIXED: runs`, it is linked with the bundled runtime and must run clean in checked mode.

usage: fixit_test.py --tidy BIN --plugin SO --distro-tidy BIN --apply BIN --filecheck BIN
                     --cxx BIN [--tlrt-lib LIB] --work DIR SOURCE -- COMPILER_ARGS...
"""
import argparse
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from harness import Failure  # noqa: E402

CHECKS = "-*,tensorlife-*"


def run(command, cwd=None, env=None, timeout=300):
    p = subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       text=True, timeout=timeout)
    return p.returncode, p.stdout


def must(command, what, **kw):
    code, out = run(command, **kw)
    if code != 0:
        raise Failure(f"{what} failed (exit {code}): {' '.join(command)}\n{out}")
    return out


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def main():
    parser = argparse.ArgumentParser()
    for flag in ("--tidy", "--plugin", "--distro-tidy", "--apply", "--filecheck", "--cxx", "--work"):
        parser.add_argument(flag, required=True)
    parser.add_argument("--tlrt-lib")
    parser.add_argument("source")
    parser.add_argument("compiler_args", nargs="*")
    args = parser.parse_args()

    source = os.path.abspath(args.source)
    text = read(source)
    cleaned = re.sub(r"// *CHECK-[A-Z0-9-]*:[^\r\n]*", "//", text)
    name = os.path.basename(source)
    work = os.path.join(args.work, os.path.splitext(name)[0])
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    with open(os.path.join(work, "cleaned.cpp"), "w", encoding="utf-8") as f:
        f.write(cleaned)
    copies = {}
    for route in ("tidy", "plugin", "export"):
        os.makedirs(os.path.join(work, route))
        copies[route] = os.path.join(work, route, name)
        with open(copies[route], "w", encoding="utf-8") as f:
            f.write(cleaned)
    cargs = args.compiler_args

    try:
        # clang-tidy exits non-zero when it reports warnings; success is judged by the file.
        run([args.tidy, "--checks=" + CHECKS, "--fix", copies["tidy"], "--"] + cargs)
        run([args.distro_tidy, "--load=" + args.plugin, "--checks=" + CHECKS, "--fix",
             copies["plugin"], "--"] + cargs)
        fixes = os.path.join(work, "export", "fixes.yaml")
        run([args.tidy, "--checks=" + CHECKS, "--export-fixes=" + fixes, copies["export"], "--"] + cargs)
        if not os.path.exists(fixes):
            raise Failure("--export-fixes wrote no file")
        must([args.apply, os.path.join(work, "export")], "clang-apply-replacements")

        fixed = {route: read(path) for route, path in copies.items()}
        if len(set(fixed.values())) != 1:
            diff = run(["diff", "-u", copies["tidy"], copies["plugin"]])[1] + \
                run(["diff", "-u", copies["tidy"], copies["export"]])[1]
            raise Failure("the three ways of applying the fixes disagree:\n" + diff)
        result = copies["tidy"]
        print(f"--- fixed file\n{fixed['tidy']}")

        if "CHECK-FIXES:" in text:
            must([args.filecheck, source, "--check-prefix=CHECK-FIXES", "--strict-whitespace",
                  "--input-file", result], "FileCheck of CHECK-FIXES")
            if fixed["tidy"] == cleaned:
                raise Failure("CHECK-FIXES given, but no fix was applied")
        else:
            if fixed["tidy"] != cleaned:
                raise Failure("no CHECK-FIXES line, but the file was changed:\n" +
                              run(["diff", "-u", os.path.join(work, "cleaned.cpp"), result])[1])
            # A refusal: the warning is given, without a replacement.
            exported = read(fixes)
            if not re.search(r"DiagnosticName: +tensorlife-", exported):
                raise Failure("no CHECK-FIXES line and no tensorlife warning: nothing is refused")
            if re.search(r"Replacements: *\n +- ", exported):
                raise Failure("no CHECK-FIXES line, but --export-fixes offers a replacement:\n" + exported)

        must([args.cxx, "-fsyntax-only", result] + cargs, "compiling the fixed file")
        if re.search(r"^// FIXED: (clean|runs)\b", text, re.M):
            code, out = run([args.tidy, "--checks=" + CHECKS, "--quiet", result, "--"] + cargs)
            diagnostics = [l for l in out.splitlines()
                           if re.match(r"^.*?:\d+:\d+: (warning|error|note): ", l)]
            if diagnostics:
                raise Failure("the checker still reports on the fixed file:\n" + out)
        if re.search(r"^// FIXED: runs\b", text, re.M):
            if not args.tlrt_lib:
                raise Failure("FIXED: runs needs --tlrt-lib")
            binary = os.path.join(work, "fixed-program")
            must([args.cxx, result, "-o", binary, args.tlrt_lib] + cargs, "linking the fixed file")
            code, out = run([binary], env=dict(os.environ, TLRT_MODE="checked"), timeout=60)
            if code != 0 or "use-after-" in out:
                raise Failure(f"the fixed program does not run clean in checked mode (exit {code}):\n{out}")
            print(f"--- the fixed program in checked mode\n{out}")
    except Failure as e:
        print(f"FAIL: {name}: {e}")
        return 1
    print(f"PASS: {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
