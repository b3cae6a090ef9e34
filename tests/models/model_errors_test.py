#!/usr/bin/env python3
"""A malformed user model is an error clang-tidy fails on (exit status 1, one error naming the file
and the JSON path), whichever of the two checks is enabled; a good one is not.

usage: model_errors_test.py --tidy TENSORLIFE_TIDY --inputs DIR_WITH_MODELS
"""
import argparse
import os
import subprocess
import sys
import tempfile

SOURCE = "void f() {}\n"


def run(tidy, source, checks, model):
    config = "{CheckOptions: {ModelFiles: '%s'}}" % model
    command = [tidy, "--checks=" + checks, "--config=" + config, "--quiet", source, "--", "-std=c++17"]
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            timeout=120)
    return result.returncode, result.stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tidy", required=True)
    parser.add_argument("--inputs", required=True)
    args = parser.parse_args()
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "empty.cpp")
        with open(source, "w") as f:
            f.write(SOURCE)
        bad = os.path.join(args.inputs, "unknown_fact.json")
        good = os.path.join(args.inputs, "wrapper.json")
        for checks, tag in [("-*,tensorlife-*", "tensorlife-use-after-release"),
                            ("-*,tensorlife-use-after-close", "tensorlife-use-after-close"),
                            ("-*,tensorlife-use-after-release", "tensorlife-use-after-release")]:
            status, out = run(args.tidy, source, checks, bad)
            errors = [l for l in out.splitlines() if ": error: tensorlife: model file " in l]
            print(f"$ checks={checks} model={bad}\n{out}")
            if status != 1:
                failures.append(f"{checks}: exit status {status}, expected 1")
            if len(errors) != 1:
                failures.append(f"{checks}: {len(errors)} model errors, expected exactly 1")
            elif "/functions/1/facts/1: unknown tensorlife fact 'closes'" not in errors[0] \
                    or "unknown_fact.json" not in errors[0] or f"[{tag}]" not in errors[0]:
                failures.append(f"{checks}: unexpected message: {errors[0]}")
        status, out = run(args.tidy, source, "-*,tensorlife-*", good)
        print(f"$ model={good}\n{out}")
        if status != 0 or "error" in out:
            failures.append(f"good model: exit status {status}, output {out!r}")
    for f in failures:
        print("FAIL: " + f)
    print("PASS" if not failures else "")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
