#!/usr/bin/env python3
"""Runs a clang-tidy binary with the tensorlife checks on one source file and compares its
diagnostics with the expectations written in the file, like clang-tidy's own check_clang_tidy.py.

Expectations are FileCheck lines next to the code, in output order (a warning, then its notes):

    tlrt::print(out);
    // CHECK-NOTES: :[[@LINE-1]]:15: warning: 'out' is read after session 'sess' was closed [tensorlife-use-after-close]
    // CHECK-NOTES: :[[@LINE-4]]:3: note: session 'sess' was closed here

A file with a `// XFAIL: reason` line documents a known gap: it must fail (and fails the run
once it passes, so the line gets removed).

Every warning, note and error must be expected: a missing one and an unexpected one both fail.
A file with no CHECK-NOTES line must produce no diagnostic at all.

A line `// OPTIONS: ARG` adds ARG (the rest of the line, one argument) to the clang-tidy command
line, e.g. `// OPTIONS: -config={CheckOptions: {ModelFiles: inputs/wrapper.json}}`; `%S` in it is
replaced with the directory of the source file.

usage: check_tidy.py --tidy BINARY [--load PLUGIN] [--filecheck FILECHECK] SOURCE [-- COMPILER_ARGS...]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

DIAGNOSTIC = re.compile(r"^.*?:\d+:\d+: (warning|error|note|remark|fatal error): ")
NOTE = re.compile(r"^.*?:\d+:\d+: note: ")
# file, line, column, message, check name (empty when there is none)
POSITION = re.compile(r"^(.*?):(\d+):(\d+): [a-z ]+: (.*?)(?: \[([^\]]*)\])?$")


def extra_options(source):
    directory = os.path.dirname(os.path.abspath(source))
    options = []
    with open(source, encoding="utf-8") as f:
        for line in f:
            match = re.match(r"^\s*// OPTIONS:\s*(.*?)\s*$", line)
            if match:
                options.append(match.group(1).replace("%S", directory))
    return options


def run_tidy(tidy, load, source, compiler_args, checks):
    command = [tidy]
    if load:
        command.append("--load=" + load)
    command += ["--checks=" + checks, "--quiet"] + extra_options(source) + [source, "--"] + compiler_args
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, timeout=300)
    return command, result


def known_gap(source):
    """The reason of a `// XFAIL: reason` line: a known gap of the checker, written down as the
    expectation it should meet. Such a test must fail; once it passes, the XFAIL line goes."""
    with open(source, encoding="utf-8") as f:
        for line in f:
            match = re.match(r"^\s*// XFAIL:\s*(.*?)\s*$", line)
            if match:
                return match.group(1)
    return None


def in_canonical_order(diagnostics):
    """The diagnostics, each warning followed by its notes, in the order clang-tidy 19 prints them:
    by file, position, check name and message. clang-tidy 22 prints two warnings at the same
    position in another order; the expectations are written in this one."""
    groups = []
    for line in diagnostics:
        if groups and NOTE.match(line):
            groups[-1].append(line)
        else:
            groups.append([line])

    def key(group):
        m = POSITION.match(group[0])
        return (m.group(1), int(m.group(2)), int(m.group(3)), m.group(5) or "", m.group(4))

    return [line for group in sorted(groups, key=key) for line in group]


def compare(args, result):
    """0 when the diagnostics are exactly the expected ones."""
    diagnostics = in_canonical_order(
        [line for line in result.stdout.splitlines() if DIAGNOSTIC.match(line)])
    with open(args.source, encoding="utf-8") as f:
        has_expectations = "CHECK-NOTES:" in f.read()

    if not has_expectations:
        if diagnostics:
            print("FAIL: expected no diagnostics, got:\n" + "\n".join(diagnostics))
            return 1
        print("PASS: no diagnostics, as expected")
        return 0

    with tempfile.NamedTemporaryFile("w", suffix=".diags", delete=False) as out:
        out.write("\n".join(diagnostics) + "\n")
        diag_file = out.name
    try:
        check = subprocess.run([args.filecheck, "--input-file=" + diag_file, args.source,
                                "--check-prefix=CHECK-NOTES",
                                "--implicit-check-not={{warning|error|note|remark}}:"])
    finally:
        os.unlink(diag_file)
    if check.returncode != 0:
        print("FAIL: diagnostics differ from the CHECK-NOTES expectations")
        return 1
    print("PASS")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tidy", required=True)
    parser.add_argument("--load")
    parser.add_argument("--filecheck", default="FileCheck")
    parser.add_argument("--checks", default="-*,tensorlife-*")
    parser.add_argument("source")
    parser.add_argument("compiler_args", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    compiler_args = args.compiler_args[1:] if args.compiler_args[:1] == ["--"] else args.compiler_args

    command, result = run_tidy(args.tidy, args.load, args.source, compiler_args, args.checks)
    print("$ " + " ".join(command))
    print(result.stdout)
    # clang-tidy exits 0 with findings; anything but 0/1 is a crash or a usage error.
    if result.returncode not in (0, 1):
        print(f"FAIL: clang-tidy exited with {result.returncode}")
        return 1

    status = compare(args, result)
    gap = known_gap(args.source)
    if gap is None:
        return status
    if status == 0:
        print("XPASS: the known gap is fixed; remove the XFAIL line: " + gap)
        return 1
    print("XFAIL (expected, a known gap): " + gap)
    return 0


if __name__ == "__main__":
    sys.exit(main())
