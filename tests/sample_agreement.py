#!/usr/bin/env python3
"""Checks that the static checker and the bundled runtime agree on samples.

For each sample: run the checker on its source, run its binary in the runtime's checked mode, and
compare. They agree when the checker is silent and the program runs clean, or when the program
fails with a LifetimeError of a kind the checker reported. Each sample also declares what the
runtime must do (`// RUNTIME: ok|use-after-close|use-after-release`); the run must match it.

usage: sample_agreement.py --tidy BINARY --bin-dir DIR [--include DIR] SAMPLE.cpp...
Prints one line per sample; exits 1 if any sample disagrees or misbehaves.
"""
import argparse
import os
import re
import subprocess
import sys

KINDS = ("use-after-close", "use-after-release")
WARNING = re.compile(r": warning: .* \[tensorlife-(use-after-close|use-after-release)\]$")
RUNTIME_LINE = re.compile(r"^// RUNTIME: (ok|use-after-close|use-after-release)\s*$", re.M)
LIFETIME_ERROR = re.compile(r"^tlrt: LifetimeError \[(use-after-close|use-after-release)\]", re.M)


def checker_verdict(tidy, source, compiler_args):
    result = subprocess.run([tidy, "--checks=-*,tensorlife-*", "--quiet", source, "--"] + compiler_args,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=300)
    if result.returncode not in (0, 1):
        return None, f"checker exited with {result.returncode}"
    kinds = sorted({m.group(1) for m in map(WARNING.search, result.stdout.splitlines()) if m})
    return kinds, None


def runtime_outcome(binary):
    env = dict(os.environ, TLRT_MODE="checked")
    try:
        result = subprocess.run([binary], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, timeout=60, env=env)
    except subprocess.TimeoutExpired:
        return "timeout"
    if result.returncode == 0:
        return "ok"
    match = LIFETIME_ERROR.search(result.stderr)
    if match:
        return match.group(1)
    return f"exit {result.returncode}: {result.stderr.strip()[:200]}"


def judge(tidy, source, binary, compiler_args):
    """Returns (ok, line)."""
    name = os.path.splitext(os.path.basename(source))[0]
    with open(source, encoding="utf-8") as f:
        declared = RUNTIME_LINE.search(f.read())
    if not declared:
        return False, f"{name}: no '// RUNTIME:' line in {source}"
    declared = declared.group(1)

    kinds, error = checker_verdict(tidy, source, compiler_args)
    if error:
        return False, f"{name}: {error}"
    outcome = runtime_outcome(binary)

    said = ", ".join(kinds) if kinds else "clean"
    agree = (outcome == "ok" and not kinds) or (outcome in KINDS and outcome in kinds)
    problems = []
    if not agree:
        problems.append("DISAGREE")
    if outcome != declared:
        problems.append(f"runtime expected {declared}")
    verdict = "agree" if not problems else "; ".join(problems)
    return not problems, f"{name:<34} checker: {said:<28} runtime: {outcome:<20} {verdict}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tidy", required=True)
    parser.add_argument("--bin-dir", required=True, help="where the sample binaries are")
    parser.add_argument("--include", action="append", default=[])
    parser.add_argument("samples", nargs="+")
    args = parser.parse_args()
    compiler_args = ["-std=c++17"] + ["-I" + d for d in args.include]

    failures = 0
    for source in args.samples:
        name = os.path.splitext(os.path.basename(source))[0]
        ok, line = judge(args.tidy, source, os.path.join(args.bin_dir, name), compiler_args)
        print(line, flush=True)
        failures += not ok
    total = len(args.samples)
    print(f"{total - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
