#!/usr/bin/env python3
"""End-to-end tests of tensorlife-scan (docs/scan.md), one ctest test per case.

Each case generates its compilation database at test time, over the samples (samples/*.cpp) or a
copy of the multi-file fixture project (tests/scan/fixture/), runs the real binaries and checks
the reports. Every subprocess has a timeout: nothing can hang.

usage: scan_test.py --scan BIN --tidy BIN --repo DIR --work DIR [--multitool BIN] CASE
"""
import argparse
import json
import os
import pty
import re
import select
import shutil
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from harness import Cases, Failure, check, run  # noqa: E402

ARGS = None
CASES = Cases()
case = CASES.case


# ---------------------------------------------------------------------------------------------
# Running things


def scan(*args, cwd=None, env=None, expect=None, timeout=120):
    return run([ARGS.scan, *args], cwd=cwd, env=env, expect=expect, timeout=timeout)


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def fresh_dir(name):
    path = os.path.join(ARGS.work, name)
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path


# ---------------------------------------------------------------------------------------------
# Compilation databases

def samples_project(name):
    """A database over every sample; returns (work dir, build dir)."""
    work = fresh_dir(name)
    build = os.path.join(work, "build")
    os.makedirs(build)
    samples = sorted(os.path.join(ARGS.repo, "samples", f)
                     for f in os.listdir(os.path.join(ARGS.repo, "samples")) if f.endswith(".cpp"))
    include = os.path.join(ARGS.repo, "runtime-model", "include")
    entries = [{"directory": build, "file": s,
                "arguments": ["c++", "-std=c++17", "-I" + include, "-c", s, "-o", "x.o"]}
               for s in samples]
    with open(os.path.join(build, "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=1)
    return work, build, samples


FIXTURE_SOURCES = ["src/broken.cpp", "src/clean.cpp", "src/close_bug.cpp", "src/moves/moved.cpp",
                   "src/nolint.cpp", "src/strict/strict_bug.cpp", "third_party/vendor.cpp"]


def fixture_project(name, loader_flags=True, sources=FIXTURE_SOURCES):
    """A copy of tests/scan/fixture with a database; returns (project root, build dir)."""
    work = fresh_dir(name)
    root = os.path.join(work, "project")
    shutil.copytree(os.path.join(ARGS.repo, "tests", "scan", "fixture"), root)
    build = os.path.join(root, "build")
    os.makedirs(build)
    entries = []
    for rel in sources:
        src = os.path.join(root, rel)
        args = ["clang++", "-std=c++17", "-I../include", "-c", src, "-o", rel + ".o"]
        if loader_flags and rel == "src/clean.cpp":
            args[1:1] = ["-fplugin=/nonexistent/evil.so", "-Xclang", "-load", "-Xclang",
                         "/nonexistent/evil.so", "-fpass-plugin=/nonexistent/pass.so",
                         "-Xclang", "-add-plugin", "-Xclang", "evil"]
        if rel == "src/close_bug.cpp":
            # The other form of an entry: one command string.
            entries.append({"directory": build, "file": src, "command": " ".join(args)})
        else:
            entries.append({"directory": build, "file": src, "arguments": args})
    with open(os.path.join(build, "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=1)
    return root, build


def units(report):
    return {u["file"]: u for u in report["translation_units"]}


def finding_keys(report):
    return sorted((f["file"], f["line"], f["column"], f["check"], f["message"])
                  for f in report["findings"])


def strip_volatile(report):
    """A report without what legitimately differs between two runs (timings, cache state)."""
    r = json.loads(json.dumps(report))
    for u in r["translation_units"]:
        u["seconds"] = 0
        u["cached"] = False
        u["cache"] = "off"
    r["summary"]["cached"] = 0
    r["merged_from"] = []
    return r


# ---------------------------------------------------------------------------------------------
# Validators

def validate_against(schema_name, path):
    """A JSON file against the schema docs/SCHEMA_NAME."""
    schema_path = os.path.join(ARGS.repo, "docs", schema_name)
    code = ("import json,sys,jsonschema\n"
            "schema=json.load(open(sys.argv[1])); doc=json.load(open(sys.argv[2]))\n"
            "jsonschema.Draft202012Validator.check_schema(schema)\n"
            "errors=sorted(jsonschema.Draft202012Validator(schema).iter_errors(doc), key=str)\n"
            "[print('schema error:', '/'.join(map(str, e.absolute_path)), e.message) for e in errors]\n"
            "sys.exit(1 if errors else 0)\n")
    # python3-jsonschema (scripts/setup) is installed for the system Python; the test may run
    # under another one.
    for python in [sys.executable, "/usr/bin/python3"]:
        probe = subprocess.run([python, "-c", "import jsonschema"], capture_output=True, timeout=60)
        if probe.returncode == 0:
            r = run([python, "-c", code, schema_path, path], timeout=60)
            check(r.returncode == 0, f"{path} does not match docs/{schema_name}")
            return
    raise Failure("no Python with the jsonschema module: run scripts/setup (python3-jsonschema)")


def validate_schema(report_path):
    validate_against("scan-report.schema.json", report_path)


def validate_sarif(sarif_path):
    """The official SARIF validator, with its default rules and with GitHub's: zero errors."""
    tool = ARGS.multitool
    check(tool and os.path.exists(tool),
          f"SARIF Multitool not found at '{tool}': run scripts/setup (it installs it pinned into "
          "the build tree)")
    env = {"DOTNET_SYSTEM_GLOBALIZATION_INVARIANT": "1"}
    for kinds in [[], ["--rule-kind", "Gh"]]:
        out = sarif_path + (".gh" if kinds else ".default") + ".validation.sarif"
        r = run([tool, "validate", sarif_path, *kinds, "--output", out, "--log", "ForceOverwrite"],
                env=env, timeout=180)
        check(r.returncode == 0 and os.path.exists(out),
              f"sarif-multitool validate {' '.join(kinds)} did not run")
        results = load(out)["runs"][0].get("results", [])
        errors = [x for x in results if x.get("level", "warning") == "error"]
        for x in results:
            print(f"  validator {x.get('level', 'warning')}: {x['ruleId']}: "
                  f"{json.dumps(x.get('message', {}))[:300]}")
        check(not errors, f"sarif-multitool validate {' '.join(kinds)}: {len(errors)} error(s) "
                          f"in {sarif_path}")


# The scan's default header filter, for tensorlife-tidy (clang-tidy 22's default is '.*').
NO_HEADERS = "--header-filter="

# ---------------------------------------------------------------------------------------------
# The samples: agreement with tensorlife-tidy, schema, SARIF

def samples_dir():
    return os.path.join(ARGS.work, "samples")


@case
def samples_report():
    """Fixture setup: scans every sample into JSON, SARIF and text."""
    work, build, samples = samples_project("samples")
    # The same --checks as tensorlife-tidy gets in samples-agreement, whatever .clang-tidy is around.
    r = scan("-p", build, "--checks=-*,tensorlife-*", "--json", os.path.join(work, "report.json"),
             "--sarif", os.path.join(work, "report.sarif"), "--progress", "none", cwd=ARGS.repo,
             expect=1, timeout=300)
    with open(os.path.join(work, "text.txt"), "w") as f:
        f.write(r.stdout)
    report = load(os.path.join(work, "report.json"))
    check(report["summary"]["analysed"] == len(samples), "every sample must be analysed")
    check(report["findings"], "the bug samples have findings")
    check(all(f["file"].startswith("samples/") for f in report["findings"]),
          "report paths are relative to the root (the repository)")
    bugs = {f["file"] for f in report["findings"]}
    for s in samples:
        rel = os.path.relpath(s, ARGS.repo)
        check((rel in bugs) == rel.endswith("_bug.cpp"), f"{rel}: findings iff it is a _bug sample")


@case
def samples_agreement():
    """The scan's text output is exactly tensorlife-tidy's on the same database and files."""
    work = samples_dir()
    report = load(os.path.join(work, "report.json"))
    samples = [os.path.join(ARGS.repo, u["file"]) for u in report["translation_units"]]
    tidy = run([ARGS.tidy, "-p", os.path.join(work, "build"), "--checks=-*,tensorlife-*",
                NO_HEADERS, *samples], cwd=ARGS.repo, timeout=300)
    check(tidy.returncode == 0, "tensorlife-tidy failed")
    with open(os.path.join(work, "text.txt")) as f:
        text = f.read()
    check(text == tidy.stdout, "tensorlife-scan --format text differs from tensorlife-tidy")
    warnings = re.findall(r"^(\S+?):(\d+):(\d+): warning: (.*) \[(\S+)\]$", tidy.stdout, re.M)
    expected = sorted((os.path.relpath(f, ARGS.repo), int(l), int(c), chk, msg)
                      for f, l, c, msg, chk in warnings)
    check(expected == finding_keys(report), "JSON findings differ from tensorlife-tidy's warnings")
    check(len(expected) > 0, "no findings to compare")


@case
def samples_schema():
    validate_schema(os.path.join(samples_dir(), "report.json"))


@case
def samples_sarif():
    path = os.path.join(samples_dir(), "report.sarif")
    sarif = load(path)
    run0 = sarif["runs"][0]
    check(sarif["version"] == "2.1.0", "SARIF 2.1.0")
    check(run0["results"] and all("tensorlife/v1" in r["partialFingerprints"]
                                  for r in run0["results"]), "every result has a fingerprint")
    check(any(r.get("relatedLocations") for r in run0["results"]), "notes are related locations")
    check({r["id"] for r in run0["tool"]["driver"]["rules"]} >=
          {"tensorlife-use-after-close", "tensorlife-use-after-release"}, "rules for both checks")
    validate_sarif(path)


# ---------------------------------------------------------------------------------------------
# The fixture project

@case
def fixture_basic():
    """Statuses, findings, NOLINT, per-directory .clang-tidy, dropped loader flags, schema, SARIF,
    and the text output against tensorlife-tidy on the same database."""
    root, build = fixture_project("fixture-basic")
    out = os.path.join(root, "out")
    os.makedirs(out)
    r = scan("-p", build, "--json", out + "/r.json", "--sarif", out + "/r.sarif",
             "--progress", "none", cwd=root, expect=1)
    report = load(out + "/r.json")
    u = units(report)
    check(sorted(u) == sorted(FIXTURE_SOURCES), f"every unit is in the report: {sorted(u)}")
    check(u["src/broken.cpp"]["status"] == "failed_to_parse", "broken.cpp fails to parse")
    check("expected ';'" in u["src/broken.cpp"]["reason"], "the reason is the compiler's error")
    check(u["src/broken.cpp"]["errors"] and
          "error: expected ';'" in u["src/broken.cpp"]["errors"][0]["text"], "errors kept")
    for f in FIXTURE_SOURCES:
        if f != "src/broken.cpp":
            check(u[f]["status"] == "analysed", f"{f} is analysed")
    keys = finding_keys(report)
    check(keys == [
        ("src/close_bug.cpp", 8, 15, "tensorlife-use-after-close",
         "'out' is read after session 'sess' was closed"),
        ("src/moves/moved.cpp", 13, 10, "bugprone-use-after-move", "'a' used after it was moved"),
        ("src/strict/strict_bug.cpp", 8, 15, "tensorlife-use-after-close",
         "'out' is read after session 'sess' was closed"),
        ("third_party/vendor.cpp", 8, 15, "tensorlife-use-after-close",
         "'out' is read after session 'sess' was closed"),
    ], f"findings: {keys}")
    by_file = {f["file"]: f for f in report["findings"]}
    close = by_file["src/close_bug.cpp"]
    with open(os.path.join(root, "src/close_bug.cpp"), "rb") as f:
        lines = f.read().split(b"\n")
    offset_of = lambda line, column: sum(len(l) + 1 for l in lines[:line - 1]) + column - 1
    check(close["severity"] == "warning" and close["notes"] == [
        {"file": "src/close_bug.cpp", "line": 7, "column": 3, "offset": offset_of(7, 3),
         "line_text": "  sess.close();", "message": "session 'sess' was closed here",
         "fixes": []}], "the finding's note")
    check(close["offset"] == offset_of(8, 15) and close["fixes"] == [], "offset, no fix-its")
    check(close["line_text"] == "  mini::print(out);", "the flagged line")
    check(re.fullmatch(r"[0-9a-f]{32}", close["fingerprint"]), "a fingerprint")
    check(by_file["src/strict/strict_bug.cpp"]["severity"] == "error", "WarningsAsErrors: error")
    check(u["src/nolint.cpp"]["suppressed"]["nolint"] == 1 and u["src/nolint.cpp"]["findings"] == 0,
          "NOLINT honoured and counted")
    check(u["src/clean.cpp"]["dropped_flags"] == [
        "-fplugin=/nonexistent/evil.so", "-Xclang -load -Xclang /nonexistent/evil.so",
        "-fpass-plugin=/nonexistent/pass.so", "-Xclang -add-plugin -Xclang evil"],
          "loader flags dropped and recorded")
    check("warning: dropped '-fplugin=/nonexistent/evil.so'" in r.stderr, "a warning for each")
    check("bugprone-use-after-move" in report["checks"], "checks enabled by .clang-tidy files")
    models = {m["path"]: m for m in report["models"]}
    api = models.get("include/mini_api.h")
    check(api and api["kind"] == "annotations" and api["facts"] == 8, "the annotated header")
    import hashlib
    with open(os.path.join(root, "include/mini_api.h"), "rb") as f:
        check(api["sha256"] == hashlib.sha256(f.read()).hexdigest(), "the model's hash")
    check(report["summary"]["failed_to_parse"] == 1 and report["summary"]["findings"] == 4,
          "summary")

    # The text output is clang-tidy's, compile errors included: tensorlife-tidy run on each file
    # of the same database, as run-clang-tidy does. (One tensorlife-tidy process for all the files
    # would apply the first file's check filter to the others: it misses the bugprone finding.)
    tidy_text = ""
    for f in sorted(FIXTURE_SOURCES):
        tidy_text += run([ARGS.tidy, "-p", build, NO_HEADERS, os.path.join(root, f)], cwd=root,
                         timeout=120).stdout
    check(r.stdout == tidy_text, "--format text differs from tensorlife-tidy's output")
    matcher = re.compile(r"^(.+):(\d+):(\d+): (warning|error): (.+) \[([\w.,-]+)\]$")
    heads = [l for l in r.stdout.splitlines() if re.match(r"^\S+:\d+:\d+: (warning|error)", l)]
    check(heads and all(matcher.match(l) for l in heads), "problem-matcher format")

    validate_schema(out + "/r.json")
    sarif = load(out + "/r.sarif")
    notes = sarif["runs"][0]["invocations"][0].get("toolExecutionNotifications", [])
    check(len(notes) == 1 and "src/broken.cpp" in notes[0]["message"]["text"],
          "the unit that failed is a tool notification")
    validate_sarif(out + "/r.sarif")


@case
def fixture_header_filter_exclude():
    root, build = fixture_project("fixture-filters")
    r = scan("-p", build, "--json", "r.json", "--header-filter", ".*", "--format", "none",
             "--progress", "none", cwd=root, expect=1)
    report = load(os.path.join(root, "r.json"))
    header = [f for f in report["findings"] if f["file"] == "include/inline_helpers.h"]
    check(len(header) == 1, "the header's finding, once, although two units include it")
    check(header[0]["translation_unit"] == "src/clean.cpp", "reported by the first unit")

    scan("-p", build, "--json", "r2.json", "--header-filter", ".*", "--exclude", "third_party/*",
         "--exclude", "include/*", "--format", "none", "--progress", "none", cwd=root, expect=1)
    report = load(os.path.join(root, "r2.json"))
    check("third_party/vendor.cpp" not in units(report), "excluded unit not analysed")
    check(not [f for f in report["findings"] if not f["file"].startswith("src/")],
          "findings in excluded paths dropped")
    check(report["summary"]["excluded_findings"] == 1, "the header finding counted as excluded")

    # Everything outside the root: '/*' matches absolute report paths only.
    scan("-p", build, "--json", "r3.json", "--root", os.path.join(root, "src"), "--exclude", "/*",
         "--format", "none", "--progress", "none", cwd=root, expect=1)
    report = load(os.path.join(root, "r3.json"))
    check(sorted(units(report)) == ["broken.cpp", "clean.cpp", "close_bug.cpp", "moves/moved.cpp",
                                    "nolint.cpp", "strict/strict_bug.cpp"],
          "paths relative to --root; units outside it excluded")


@case
def fixture_crash():
    root, build = fixture_project("fixture-crash")
    env = {"TENSORLIFE_SCAN_TEST_CRASH": "src/close_bug.cpp"}
    scan("-p", build, "--json", "r.json", "--format", "none", "--progress", "none", cwd=root,
         env=env, expect=1)
    report = load(os.path.join(root, "r.json"))
    u = units(report)
    crashed = u["src/close_bug.cpp"]
    check(crashed["status"] == "crashed", "the unit that crashed is recorded as crashed")
    check("signal 11" in crashed["reason"] and "Stack dump" in crashed["reason"],
          "the reason names the signal and carries the crash report")
    check(all(u[f]["status"] == "analysed" for f in FIXTURE_SOURCES
              if f not in ("src/close_bug.cpp", "src/broken.cpp")), "the others are analysed")
    check(len(report["findings"]) == 3, "the other units' findings are kept")
    validate_schema(os.path.join(root, "r.json"))
    r = scan("-p", build, "--fail-on-incomplete", "--format", "none", "--progress", "none",
             "src/clean.cpp", "src/broken.cpp", cwd=root, expect=3)
    check("src/broken.cpp was not analysed (failed_to_parse)" in r.stderr, "warned on stderr")


@case
def fixture_timeout():
    root, build = fixture_project("fixture-timeout")
    env = {"TENSORLIFE_SCAN_TEST_HANG": "src/clean.cpp"}
    r = scan("-p", build, "--json", "r.json", "--timeout", "3", "--format", "none", "--progress",
             "none", "src/clean.cpp", "src/close_bug.cpp", "src/nolint.cpp", cwd=root, env=env,
             expect=1, timeout=60)
    report = load(os.path.join(root, "r.json"))
    u = units(report)
    check(u["src/clean.cpp"]["status"] == "timed_out", "the hanging unit timed out")
    check("timeout" in u["src/clean.cpp"]["reason"], "reason")
    check(u["src/close_bug.cpp"]["status"] == "analysed" and
          u["src/nolint.cpp"]["status"] == "analysed", "the others are analysed")
    check(r.seconds < 30, "the hanging worker was killed at its deadline")


@case
def fixture_parallel():
    root, build = fixture_project("fixture-parallel")
    scan("-p", build, "-j", "1", "--json", "j1.json", "--sarif", "j1.sarif", "--format", "none",
         "--progress", "none", cwd=root, expect=1)
    r = scan("-p", build, "--jobs=3", "--json", "j3.json", "--sarif", "j3.sarif", "--progress",
             "none", cwd=root, expect=1)
    a, b = load(os.path.join(root, "j1.json")), load(os.path.join(root, "j3.json"))
    check(strip_volatile(a) == strip_volatile(b), "the report does not depend on -j")
    check(load(os.path.join(root, "j1.sarif")) == load(os.path.join(root, "j3.sarif")),
          "neither does the SARIF")


@case
def fixture_progress():
    root, build = fixture_project("fixture-progress")
    files = ["src/clean.cpp", "src/close_bug.cpp", "src/nolint.cpp"]
    # Not a terminal: plain lines.
    r = scan("-p", build, "--format", "none", "--progress-interval", "0", *files, cwd=root, expect=1)
    lines = [l for l in r.stderr.splitlines() if "translation units," in l]
    check(len(lines) >= 2 and "3/3 translation units, 1 finding" in lines[-1], "plain lines")
    check("\r" not in r.stderr, "no terminal control on a pipe")
    r = scan("-p", build, "--format", "none", "--progress", "none", *files, cwd=root, expect=1)
    check("translation units," not in r.stderr, "--progress none")
    # A terminal: one line updated in place.
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(root)
        os.execv(ARGS.scan, [ARGS.scan, "-p", build, "--format", "none", *files])
    output, deadline = b"", time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 1)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            output += chunk
    _, status = os.waitpid(pid, 0)
    text = output.decode(errors="replace")
    print(text)
    check(os.WEXITSTATUS(status) == 1, "exit 1 on a terminal too")
    check("\r\x1b[K" in text, "a line updated in place on a terminal")
    check("3/3 translation units, 1 finding" in text, "final state")


@case
def fixture_baseline():
    root, build = fixture_project("fixture-baseline")
    scan("-p", build, "--json", "base.json", "--format", "none", "--progress", "none", cwd=root,
         expect=1)
    base = load(os.path.join(root, "base.json"))
    # Unrelated edits: lines above the finding, re-indentation. The fingerprints survive.
    path = os.path.join(root, "src/close_bug.cpp")
    with open(path) as f:
        text = f.read()
    text = text.replace("int main() {", "// a new comment\n// and another\n\nint main() {")
    text = text.replace("  mini::print(out);", "    mini::print(  out );")
    with open(path, "w") as f:
        f.write(text)
    r = scan("-p", build, "--json", "new.json", "--baseline", "base.json", "--progress", "none",
             cwd=root, expect=0)
    new = load(os.path.join(root, "new.json"))
    check(new["findings"] == [] and new["baseline"] == {"path": "base.json",
                                                        "matched": len(base["findings"])},
          "every finding matched the baseline")
    check(" warning: " not in r.stdout, "no finding to print (the compiler's errors still are)")
    scan("-p", build, "--json", "all.json", "--format", "none", "--progress", "none", cwd=root,
         expect=1)
    moved = {f["file"]: f for f in load(os.path.join(root, "all.json"))["findings"]}
    check(moved["src/close_bug.cpp"]["line"] == 11, "the finding moved down")
    check(sorted(f["fingerprint"] for f in base["findings"]) ==
          sorted(f["fingerprint"] for f in moved.values()), "same fingerprints after the edits")
    # A new bug: only it is reported.
    path = os.path.join(root, "src/clean.cpp")
    with open(path) as f:
        text = f.read()
    with open(path, "w") as f:
        f.write(text.replace("  sess.close();\n}", "  sess.close();\n  mini::print(out);\n}"))
    r = scan("-p", build, "--json", "new.json", "--sarif", "new.sarif", "--baseline", "base.json",
             "--progress", "none", cwd=root, expect=1)
    new = load(os.path.join(root, "new.json"))
    check([(f["file"], f["line"]) for f in new["findings"]] == [("src/clean.cpp", 9)],
          "only the new finding")
    check(len(load(os.path.join(root, "new.sarif"))["runs"][0]["results"]) == 1, "SARIF too")
    check("src/clean.cpp:9:15: warning:" in r.stdout and "close_bug" not in r.stdout, "text too")


@case
def fixture_shard_merge():
    root, build = fixture_project("fixture-shards")
    scan("-p", build, "--json", "full.json", "--format", "none", "--progress", "none", cwd=root,
         expect=1)
    shard_units = []
    for k in (1, 2, 3):
        scan("-p", build, "--shard", f"{k}/3", "--json", f"s{k}.json", "--format", "none",
             "--progress", "none", cwd=root, timeout=120)
        s = load(os.path.join(root, f"s{k}.json"))
        check(s["shard"] == {"index": k, "count": 3, "selected_units": len(FIXTURE_SOURCES)},
              "the shard is recorded, with the size of the split")
        shard_units.append(set(units(s)))
    check(not (shard_units[0] & shard_units[1]) and not (shard_units[1] & shard_units[2]) and
          set.union(*shard_units) == set(FIXTURE_SOURCES), "the shards split the units")
    r = run([ARGS.scan, "merge", "s1.json", "s2.json", "s3.json", "--json", "merged.json",
             "--sarif", "merged.sarif"], cwd=root, expect=1)
    merged, full = load(os.path.join(root, "merged.json")), load(os.path.join(root, "full.json"))
    check(merged["merged_from"] == ["s1.json", "s2.json", "s3.json"], "inputs recorded")
    strip = lambda r: {k: v for k, v in strip_volatile(r).items() if k not in ("shard",)}
    check(strip(merged) == strip(full), "merging the shards gives the full scan's report")
    check(r.stdout == run([ARGS.scan, "merge", "s1.json", "s2.json", "s3.json"], cwd=root,
                          expect=1).stdout, "text output of a merge")
    validate_schema(os.path.join(root, "merged.json"))
    r = run([ARGS.scan, "merge", "s1.json", "s3.json", "--format", "none"], cwd=root, expect=1)
    check("shard 2/3 is missing" in r.stderr, "a missing shard is reported")
    # Baselines work on a merge too.
    r = run([ARGS.scan, "merge", "s1.json", "s2.json", "s3.json", "--baseline", "full.json"],
            cwd=root, expect=0)


@case
def fixture_cache():
    root, build = fixture_project("fixture-cache")
    cache = os.path.join(root, "cache")
    files = ["src/clean.cpp", "src/close_bug.cpp", "src/nolint.cpp", "src/broken.cpp"]

    def cached_scan(name, *extra, expect=1):
        scan("-p", build, "--cache-dir", cache, "--json", name, "--format", "none",
             "--progress", "none", *extra, *files, cwd=root, expect=expect)
        report = load(os.path.join(root, name))
        return report, {f: u["cached"] for f, u in units(report).items()}

    first, c = cached_scan("1.json")
    check(not any(c.values()), "a cold cache")
    second, c = cached_scan("2.json")
    check(c == {"src/clean.cpp": True, "src/close_bug.cpp": True, "src/nolint.cpp": True,
                "src/broken.cpp": False}, f"analysed units come from the cache: {c}")
    check(strip_volatile(first) == strip_volatile(second), "the same report from the cache")
    # A header every unit includes changes: nothing is reused.
    with open(os.path.join(root, "include/mini_api.h"), "a") as f:
        f.write("// touched\n")
    _, c = cached_scan("3.json")
    check(not any(c.values()), "a changed header invalidates its includers")
    # A comment changes the preprocessed content too: NOLINT removed, the finding comes back.
    path = os.path.join(root, "src/nolint.cpp")
    with open(path) as f:
        text = f.read()
    with open(path, "w") as f:
        f.write(text.replace(" // NOLINT(tensorlife-use-after-close)", ""))
    report, c = cached_scan("4.json")
    check(c == {"src/clean.cpp": True, "src/close_bug.cpp": True, "src/nolint.cpp": False,
                "src/broken.cpp": False}, f"only the edited unit is re-analysed: {c}")
    check(len(report["findings"]) == 2, "the finding NOLINT hid is back")
    # Other options (here other checks) are another key.
    _, c = cached_scan("5.json", "--checks", "-*,tensorlife-use-after-release", expect=0)
    check(not any(c.values()), "other checks, other cache entries")


@case
def fixture_filters():
    root, build = fixture_project("fixture-positional")
    scan("-p", build, "--json", "r.json", "--format", "none", "--progress", "none", "src/strict",
         "*/clean.cpp", os.path.join(root, "src/nolint.cpp"), cwd=root, expect=1)
    check(sorted(units(load(os.path.join(root, "r.json")))) ==
          ["src/clean.cpp", "src/nolint.cpp", "src/strict/strict_bug.cpp"],
          "a directory, a glob and a file select units")
    r = scan("-p", build, "src/nothing_here.cpp", cwd=root, expect=2)
    check("error: no translation unit in" in r.stderr and "nothing_here.cpp" in r.stderr,
          "a filter that matches nothing is an error")
    # -p also takes the file itself; a project without a .clang-tidy runs tensorlife's checks.
    os.remove(os.path.join(root, ".clang-tidy"))
    r = scan("-p", os.path.join(build, "compile_commands.json"), "--json", "r2.json",
             "--format", "none", "--progress", "none", "src/moves/moved.cpp", "src/clean.cpp",
             cwd=root, expect=1)
    report = load(os.path.join(root, "r2.json"))
    check(report["checks"] == ["bugprone-use-after-move", "tensorlife-use-after-close",
                               "tensorlife-use-after-release"], f"checks: {report['checks']}")
    # --checks and --config-file as in clang-tidy.
    with open(os.path.join(root, "only-release.yaml"), "w") as f:
        f.write("Checks: '-*,tensorlife-use-after-release'\n")
    r = scan("-p", build, "--config-file", "only-release.yaml", "--json", "r3.json",
             "--progress", "none", "src/close_bug.cpp", cwd=root, expect=0)
    check(load(os.path.join(root, "r3.json"))["checks"] == ["tensorlife-use-after-release"],
          "--config-file replaces the .clang-tidy files")


@case
def fixture_interrupt():
    root, build = fixture_project("fixture-interrupt")
    hang = os.path.join(root, "src/clean.cpp")  # unique: names this test's worker
    report_path = os.path.join(root, "r.json")
    with open(report_path, "w") as f:
        f.write("previous report\n")
    env = dict(os.environ, TENSORLIFE_SCAN_TEST_HANG=hang)
    p = subprocess.Popen([ARGS.scan, "-p", build, "-j", "2", "--json", report_path,
                          "--format", "none", "--progress", "plain", "--progress-interval", "0"],
                         cwd=root, env=env, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        done = False
        while time.monotonic() < deadline and not done:
            line = p.stderr.readline()
            print(line, end="")
            m = re.search(r"(\d+)/7 translation units", line)
            done = bool(m and int(m.group(1)) >= 3)
        check(done, "the scan made progress")
        p.send_signal(signal.SIGINT)
        rest = p.communicate(timeout=30)[1]
        print(rest)
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
    check(p.returncode == 130, f"exit 130 on SIGINT, got {p.returncode}")
    report = load(report_path)
    check(report["interrupted"] is True, "the report says it was interrupted")
    u = units(report)
    check(u["src/clean.cpp"]["status"] == "interrupted", "the unit in progress is 'interrupted'")
    check(sum(x["status"] == "analysed" for x in u.values()) >= 2, "what was done is kept")
    validate_schema(report_path)
    check(not [f for f in os.listdir(root) if ".tmp-" in f], "no temporary file left behind")
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/environ", "rb") as f:
                check(hang.encode() not in f.read(), f"worker {pid} still runs")
        except OSError:
            pass


@case
def docs_ci_script():
    """The CI shell script of docs/scan.md, as it is there, on a project."""
    with open(os.path.join(ARGS.repo, "docs", "scan.md")) as f:
        doc = f.read()
    m = re.search(r"<!-- ci-script:begin -->\n```sh\n(.*?)```\n<!-- ci-script:end -->", doc, re.S)
    check(m, "docs/scan.md has the CI script between its markers")
    sources = [s for s in FIXTURE_SOURCES if s != "src/broken.cpp"]
    root, build = fixture_project("docs-ci-script", loader_flags=False, sources=sources)
    script = os.path.join(root, "ci-scan.sh")
    with open(script, "w") as f:
        f.write(m.group(1))
    env = {"TL": ARGS.scan, "BUILD": build}
    r = run(["bash", script], cwd=root, env=env, expect=0, timeout=180)
    check("created .tensorlife/baseline.json" in r.stderr, "the first run creates the baseline")
    check(os.path.exists(os.path.join(root, "tensorlife-out", "report.sarif")), "SARIF kept")
    run(["bash", script], cwd=root, env=env, expect=0, timeout=180)
    path = os.path.join(root, "src/clean.cpp")
    with open(path) as f:
        clean = f.read()
    with open(path, "w") as f:
        f.write(clean.replace("  sess.close();\n}", "  sess.close();\n  mini::print(out);\n}"))
    r = run(["bash", script], cwd=root, env=env, expect=1, timeout=180)
    check(r.stdout.count(": warning: ") == 1 and "clean.cpp:9:15: warning:" in r.stdout,
          "a new finding fails the job, and only it is printed")
    with open(path, "w") as f:
        f.write(clean.replace("sess.close();", "sess.close()"))
    r = run(["bash", script], cwd=root, env=env, expect=3, timeout=180)
    check("src/clean.cpp was not analysed (failed_to_parse)" in r.stderr,
          "a unit that does not compile fails the job")


def write(path, text):
    with open(path, "w") as f:
        f.write(text)


def clean_project(name, sources=("src/clean.cpp", "src/nolint.cpp")):
    """The fixture with only units that have no finding."""
    return fixture_project(name, loader_flags=False, sources=list(sources))


@case
def fixture_globs():
    """Positional globs with a directory part, absolute, and with ./ and .. select their units."""
    root, build = fixture_project("fixture-globs", loader_flags=False)
    for pattern, expected in [
            ("src/*.cpp", FIXTURE_SOURCES[:-1]),          # '*' also matches '/'
            (os.path.join(root, "src/*.cpp"), FIXTURE_SOURCES[:-1]),
            ("./src/c*.cpp", ["src/clean.cpp", "src/close_bug.cpp"]),
            ("src/../src/s*/*.cpp", ["src/strict/strict_bug.cpp"]),
            ("./*/vendor.cpp", ["third_party/vendor.cpp"])]:
        r = scan("-p", build, "--json", "r.json", "--format", "none", "--progress", "none",
                 pattern, cwd=root)
        check(r.returncode in (0, 1), f"'{pattern}' selects units")
        got = sorted(units(load(os.path.join(root, "r.json"))))
        check(got == sorted(expected), f"'{pattern}' selects {got}, not {sorted(expected)}")


@case
def outputs():
    """'-' is stdout; a symlink is written through; a FIFO and a device are written in place; an
    output that cannot be written is an error before anything is analysed."""
    root, build = clean_project("outputs")
    r = scan("-p", build, "--json", "-", "--progress", "none", cwd=root, expect=0)
    check(json.loads(r.stdout)["summary"]["analysed"] == 2, "the JSON report on stdout, alone")
    check(not os.path.exists(os.path.join(root, "-")), "no file named '-'")
    r = scan("-p", build, "--sarif", "-", "--format", "text", cwd=root, expect=2)
    check("cannot share it" in r.stderr, "two things on stdout is an error")

    os.makedirs(os.path.join(root, "reports"))
    target = os.path.join(root, "reports", "real.json")
    write(target, "old\n")
    link = os.path.join(root, "latest.json")
    os.symlink(target, link)
    scan("-p", build, "--json", link, "--progress", "none", cwd=root, expect=0)
    check(os.path.islink(link) and os.readlink(link) == target, "the symlink stays")
    check(load(target)["summary"]["analysed"] == 2, "its target has the report")

    fifo = os.path.join(root, "pipe.sarif")
    os.mkfifo(fifo)
    got = {}
    def read_fifo():
        with open(fifo) as f:
            got["text"] = f.read()
    import threading
    reader = threading.Thread(target=read_fifo, daemon=True)
    reader.start()
    scan("-p", build, "--sarif", fifo, "--progress", "none", cwd=root, expect=0)
    reader.join(30)
    check(json.loads(got.get("text", "{}")).get("version") == "2.1.0", "the FIFO got the SARIF")
    import stat
    check(stat.S_ISFIFO(os.lstat(fifo).st_mode), "the FIFO is still a FIFO")

    device = os.path.join(root, "full")
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 7))  # a /dev/full of our own
    except PermissionError:
        print("note: cannot create a device node here (not root): device case not run")
        device = None
    if device:
        r = scan("-p", build, "--json", device, "--progress", "none", cwd=root, expect=2)
        check("No space left on device" in r.stderr, "writing the device fails, and says why")
        check(stat.S_ISCHR(os.lstat(device).st_mode), "the device node is not replaced")

    # Unwritable: refused before the scan. Every unit would hang until --timeout if it started.
    env = {"TENSORLIFE_SCAN_TEST_HANG": "src/"}
    for bad, message in [("/proc/x.sarif", "cannot write '/proc/x.sarif'"),
                         (os.path.join(root, "nodir", "x.sarif"), "does not exist")]:
        r = scan("-p", build, "--sarif", bad, "--timeout", "100", "--progress", "none", cwd=root,
                 env=env, expect=2, timeout=30)
        check(message in r.stderr and "translation units" not in r.stderr,
              f"{bad}: an error before anything is analysed")
    r = scan("-p", build, "--export-fixes", "/proc/x.yaml", "--timeout", "100", cwd=root,
             env=env, expect=2, timeout=30)
    check("cannot write '/proc/x.yaml'" in r.stderr, "--export-fixes is checked too")


@case
def config_errors():
    """A configuration that cannot be right is an error (exit 2) before any analysis, with
    tensorlife-tidy's message, a report notification, and never a finding; a baseline cannot
    hide it."""
    root, build = fixture_project("config-errors", loader_flags=False)
    out = os.path.join(root, "out")
    os.makedirs(out)
    files = ["src/clean.cpp", "src/close_bug.cpp"]
    env = {"TENSORLIFE_SCAN_TEST_HANG": "src/"}  # an analysis would hang until --timeout

    def failing_scan(*extra, name="r"):
        r = scan("-p", build, "--json", f"out/{name}.json", "--sarif", f"out/{name}.sarif",
                 "--timeout", "100", "--progress", "none", *extra, *files, cwd=root, env=env,
                 expect=2, timeout=60)
        report = load(os.path.join(out, f"{name}.json"))
        check(report["findings"] == [] and report["summary"]["analysed"] == 0,
              "nothing analysed, no finding")
        check(report["errors"], "the report lists the configuration errors")
        sarif = load(os.path.join(out, f"{name}.sarif"))
        inv = sarif["runs"][0]["invocations"][0]
        check(sarif["runs"][0]["results"] == [] and inv["executionSuccessful"] is False and
              inv["toolConfigurationNotifications"], "SARIF: a tool configuration notification")
        validate_schema(os.path.join(out, f"{name}.json"))
        return r, report

    def tidy_says(*extra):
        r = run([ARGS.tidy, "-p", build, *extra, "src/clean.cpp"], cwd=root, timeout=120)
        return r.stdout + r.stderr

    # A .clang-tidy that does not parse (an unclosed quote).
    config = os.path.join(root, ".clang-tidy")
    with open(config) as f:
        good = f.read()
    write(config, "Checks: '-*,tensorlife-*\n")
    r, report = failing_scan(name="yaml")
    check(f"Error parsing {config}" in tidy_says() and f"error: Error parsing {config}: " in r.stderr
          and "Expected quote at end of scalar" in r.stderr, "the parse error, as tensorlife-tidy")
    check(report["errors"][0]["translation_units"] == files, "the units it concerns")
    write(config, good)

    # A check list that enables no tensorlife check (a typo).
    r, _ = failing_scan("-checks=-*,tensorlif-*", name="typo")
    check("error: no checks enabled" in r.stderr and "no checks enabled" in
          tidy_says("--checks=-*,tensorlif-*"), "no checks enabled, as tensorlife-tidy")

    # A model file that does not parse, and a check option with an invalid value.
    write(os.path.join(root, "bad-model.json"), "{ not json")
    write(config, good + "CheckOptions:\n  ModelFiles: 'bad-model.json'\n")
    r, report = failing_scan(name="model")
    message = [l for l in tidy_says().splitlines() if "tensorlife: model file" in l]
    check(message, "tensorlife-tidy reports the model file")
    tidy_text = message[0].split(": error: ", 1)[1].rsplit(" [", 1)[0]
    check(report["errors"][0]["message"] == tidy_text, "the model error, worded as tensorlife-tidy")
    # As a baseline it hides nothing: the scan and a merge still fail.
    write(config, good)
    write(os.path.join(root, "bad-model.json"), "{ not json")
    write(config, good + "CheckOptions:\n  ModelFiles: 'bad-model.json'\n")
    failing_scan("--baseline", "out/model.json", name="again")
    r = run([ARGS.scan, "merge", "out/model.json", "--baseline", "out/model.json"], cwd=root,
            expect=2)
    check("tensorlife: model file" in r.stderr, "a merge carries the configuration error")

    write(config, good + "CheckOptions:\n  UnknownCallsMayRelease: 'maybe'\n")
    r, report = failing_scan(name="option")
    expected = "invalid value 'maybe' for option 'UnknownCallsMayRelease': expected 'true' or 'false'"
    check(expected in tidy_says() and report["errors"][0]["message"] ==
          expected + " [clang-tidy-config]", "the option error, as tensorlife-tidy")
    validate_sarif(os.path.join(out, "option.sarif"))
    write(config, good)
    scan("-p", build, "--progress", "none", *files, cwd=root, expect=1)


@case
def merge_incomplete():
    """Missing shards make a merge incomplete: --fail-on-incomplete exits 3."""
    root, build = clean_project("merge-incomplete",
                                sources=("src/clean.cpp", "src/nolint.cpp", "src/moves/moved.cpp"))
    os.remove(os.path.join(root, "src", "moves", ".clang-tidy"))  # no bugprone finding
    for k in (1, 2, 3):
        scan("-p", build, "--shard", f"{k}/3", "--json", f"s{k}.json", "--format", "none",
             "--progress", "none", cwd=root, expect=0)
    run([ARGS.scan, "merge", "s1.json", "s2.json", "s3.json", "--fail-on-incomplete"], cwd=root,
        expect=0)
    r = run([ARGS.scan, "merge", "s1.json", "--json", "m.json", "--fail-on-incomplete"], cwd=root,
            expect=3)
    check("shards 2, 3 of 3 are missing" in r.stderr and "2 missing" in r.stderr, "said so")
    m = load(os.path.join(root, "m.json"))
    check(m["missing_shards"] == ["2/3", "3/3"] and m["summary"]["missing_units"] == 2,
          "the merged report records what is missing")
    validate_schema(os.path.join(root, "m.json"))
    # A merge of that merge is still incomplete.
    run([ARGS.scan, "merge", "m.json", "--fail-on-incomplete"], cwd=root, expect=3)
    run([ARGS.scan, "merge", "s1.json", "s3.json"], cwd=root, expect=0)


@case
def reasons_and_summary():
    """The reason of a failed unit is clang's first real error; the summary says how many units
    came from the cache; --help says what --checks does."""
    root, build = fixture_project("reasons", loader_flags=False, sources=["src/clean.cpp"])
    db_path = os.path.join(build, "compile_commands.json")
    entries = load(db_path)
    missing = os.path.join(root, "src", "missing.cpp")
    entries.append({"directory": build, "file": missing,
                    "arguments": ["clang++", "-c", missing]})
    write(os.path.join(root, "include", "annotated_sal.h"),
          "".join(f"_In_ int f{i}(_In_ int x);\n" for i in range(30)))
    many = os.path.join(root, "src", "many_errors.cpp")
    write(many, '#include "annotated_sal.h"\nint main() { return 0; }\n')
    entries.append({"directory": build, "file": many,
                    "arguments": ["clang++", "-std=c++17", "-I../include", "-c", many]})
    with open(db_path, "w") as f:
        json.dump(entries, f)
    scan("-p", build, "--json", "r.json", "--format", "none", "--progress", "none", cwd=root,
         expect=0)
    u = units(load(os.path.join(root, "r.json")))
    check(u["src/missing.cpp"]["reason"].startswith(
        f"error: no such file or directory: '{missing}'"), "a missing file says so first")
    check(u["src/many_errors.cpp"]["reason"].startswith(
        os.path.join(root, "include", "annotated_sal.h") + ":1:1: error: unknown type name '_In_'"),
        "too many errors: the first located error is the reason")

    cache = os.path.join(root, "cache")
    for expected in ["1 analysed;", "1 analysed (1 from the cache);"]:
        r = scan("-p", build, "--cache-dir", cache, "--format", "none", "--progress", "none",
                 "src/clean.cpp", cwd=root, expect=0)
        check(expected in r.stderr, f"summary: '{expected}'")
    help_text = scan("--help", expect=0).stdout
    line = [l for l in help_text.splitlines() if l.strip().startswith("--checks")]
    check(line and "appended to the configuration" in line[0] and "override" not in line[0],
          "--help: --checks appends")


@case
def sarif_paths():
    """SARIF: code flows with the path, message links to the notes, informationUri, and each
    tensorlife rule's help from its documentation."""
    root, build = fixture_project("sarif-paths", loader_flags=False,
                                  sources=["src/close_bug.cpp"])
    scan("-p", build, "--sarif", "r.sarif", "--format", "none", "--progress", "none", cwd=root,
         expect=1)
    run0 = load(os.path.join(root, "r.sarif"))["runs"][0]
    driver = run0["tool"]["driver"]
    check(driver.get("informationUri", "").startswith("https://"), "informationUri")
    for rule in driver["rules"]:
        name = rule["id"][len("tensorlife-"):]
        with open(os.path.join(ARGS.repo, "docs", "checks", name + ".md")) as f:
            doc = f.read()
        check(rule["help"]["markdown"] == doc and rule["help"]["text"] == doc,
              f"{rule['id']}: help from docs/checks/{name}.md")
        check(rule["helpUri"].endswith(f"docs/checks/{name}.md"), "helpUri")
    result = run0["results"][0]
    check(result["message"]["text"] ==
          "'out' is read after session 'sess' was closed ([session 'sess' was closed here](1))",
          f"links to the related locations: {result['message']['text']}")
    steps = result["codeFlows"][0]["threadFlows"][0]["locations"]
    lines = [s["location"]["physicalLocation"]["region"]["startLine"] for s in steps]
    check(lines == [7, 8], f"the path: the close, then the use: {lines}")
    check(result["relatedLocations"][0]["id"] == 1, "the link target")
    out = os.path.join(root, "r.sarif")
    validate_sarif(out)
    for kind in ("default", "gh"):
        warnings = [x["ruleId"] for x in load(f"{out}.{kind}.validation.sarif")["runs"][0]
                    .get("results", [])]
        check("SARIF2005" not in warnings, f"no SARIF2005 ({kind} rules): {warnings}")


@case
def clang_tidy_spellings():
    """clang-tidy's spellings: -checks=, -header-filter=, -p=, -config-file=, -export-fixes=,
    @response files; the clear errors stay."""
    root, build = fixture_project("spellings", loader_flags=False)
    write(os.path.join(root, "only-close.yaml"), "Checks: '-*,tensorlife-use-after-close'\n")
    write(os.path.join(root, "args.rsp"),
          f"-p={build} -checks=-*,tensorlife-use-after-release\n--json=r.json --format=none\n"
          "-progress=none src/close_bug.cpp\n")
    scan("@args.rsp", cwd=root, expect=0)
    report = load(os.path.join(root, "r.json"))
    check(report["checks"] == ["tensorlife-use-after-release"] and
          sorted(units(report)) == ["src/close_bug.cpp"], "a response file, -p= and -checks=")
    scan(f"-p={build}", "-config-file=only-close.yaml", "-header-filter=.*",
         "-export-fixes=fixes.yaml", "-json", "r2.json", "-format=none", "src/clean.cpp",
         cwd=root, expect=1)
    report = load(os.path.join(root, "r2.json"))
    check([f["file"] for f in report["findings"]] == ["include/inline_helpers.h"],
          "-config-file= and -header-filter=")
    check(os.path.exists(os.path.join(root, "fixes.yaml")), "-export-fixes=")
    r = scan(f"-p={build}", "@missing.rsp", cwd=root, expect=2)
    check("cannot read response file 'missing.rsp'" in r.stderr, "a missing response file")
    r = scan(f"-p={build}", "-checks", cwd=root, expect=2)
    check("option '--checks' needs a value" in r.stderr, "the clear errors stay")


@case
def export_fixes():
    """--export-fixes writes clang-tidy's YAML over all units: diagnostics with notes and their
    replacements, which clang-apply-replacements applies."""
    import yaml
    root, build = fixture_project("export-fixes", loader_flags=False,
                                  sources=["src/close_bug.cpp", "src/clean.cpp"])
    null = os.path.join(root, "src", "null.cpp")
    write(null, "int *p = 0;\n")
    entries = load(os.path.join(build, "compile_commands.json"))
    entries.append({"directory": build, "file": null, "arguments": ["clang++", "-c", null]})
    with open(os.path.join(build, "compile_commands.json"), "w") as f:
        json.dump(entries, f)
    fixes_dir = os.path.join(root, "fixes")
    os.makedirs(fixes_dir)
    scan("-p", build, "--checks=modernize-use-nullptr", "--export-fixes", "fixes/all.yaml",
         "--json", "r.json", "--format", "none", "--progress", "none", cwd=root, expect=1)
    with open(os.path.join(fixes_dir, "all.yaml")) as f:
        doc = yaml.safe_load(f)
    diags = {d["DiagnosticName"]: d for d in doc["Diagnostics"]}
    close = diags["tensorlife-use-after-close"]
    msg = close["DiagnosticMessage"]
    with open(os.path.join(root, "src", "close_bug.cpp"), "rb") as f:
        text = f.read()
    check(msg["FilePath"] == os.path.join(root, "src", "close_bug.cpp") and
          text[msg["FileOffset"]:].startswith(b"out);") and msg["Replacements"] == [],
          "the finding: absolute path, offset, no replacement")
    note = close["Notes"][0]
    check(note["Message"] == "session 'sess' was closed here" and
          text[note["FileOffset"]:].startswith(b"sess.close()"), "its note")
    check(close["BuildDirectory"] == build, "the unit's directory")
    null_fix = diags["modernize-use-nullptr"]["DiagnosticMessage"]["Replacements"]
    check(null_fix and null_fix[0]["ReplacementText"] == "nullptr", "replacements passed through")
    r = run(["clang-apply-replacements-19", fixes_dir], cwd=root, expect=0)
    with open(null) as f:
        check(f.read() == "int *p = nullptr;\n", "clang-apply-replacements applies them")
    with open(os.path.join(root, "src", "close_bug.cpp"), "rb") as f:
        check(f.read() == text, "findings without fix-its change nothing")
    # A merge exports the same.
    run([ARGS.scan, "merge", "r.json", "--export-fixes", "merged.yaml", "--format", "none"],
        cwd=root, expect=1)
    with open(os.path.join(root, "merged.yaml")) as f:
        check(yaml.safe_load(f) == doc, "a merge exports the same fixes")


@case
def direct_cache():
    """A warm re-scan preprocesses nothing; editing a header re-analyses exactly its includers;
    a touch without a change, nothing; options, models and the binary invalidate; the cache is
    bounded, least recently used first."""
    root, build = fixture_project("direct-cache", loader_flags=False)
    cache = os.path.join(root, "cache")
    files = ["src/clean.cpp", "src/close_bug.cpp", "src/nolint.cpp", "src/moves/moved.cpp"]

    def modes(*extra, binary=None, expect=1, chosen=files):
        r = run([binary or ARGS.scan, "-p", build, "--cache-dir", cache, "--json", "r.json",
                 "--format", "none", "--progress", "none", *extra, *chosen], cwd=root,
                expect=expect)
        return {f: u["cache"] for f, u in units(load(os.path.join(root, "r.json"))).items()}, r

    c, _ = modes()
    check(set(c.values()) == {"miss"}, f"cold: {c}")
    c, r = modes()
    check(set(c.values()) == {"direct"}, f"warm: nothing preprocessed: {c}")
    check("4 analysed (4 from the cache)" in r.stderr, "the summary says so")
    header = os.path.join(root, "include", "inline_helpers.h")
    os.utime(header, None)
    c, _ = modes()
    check(set(c.values()) == {"direct"}, f"a touch without a change: {c}")
    with open(header, "a") as f:
        f.write("// edited\n")
    c, _ = modes()
    check(c == {"src/clean.cpp": "miss", "src/close_bug.cpp": "miss", "src/nolint.cpp": "direct",
                "src/moves/moved.cpp": "direct"}, f"exactly the includers of the header: {c}")
    c, _ = modes("--checks=-*,tensorlife-use-after-close")
    check(set(c.values()) == {"miss"}, f"other checks: {c}")
    model = {"schema_version": 1, "name": "test", "types": [{"name": "app::A", "role": "session"}]}
    write(os.path.join(root, "model.json"), json.dumps(model))
    config = os.path.join(root, ".clang-tidy")
    with open(config) as f:
        good = f.read()
    write(config, good + "CheckOptions:\n  ModelFiles: 'model.json'\n")
    modes(chosen=["src/clean.cpp"], expect=0)
    c, _ = modes(chosen=["src/clean.cpp"], expect=0)
    check(c == {"src/clean.cpp": "direct"}, f"with a model: {c}")
    model["types"][0]["name"] = "app::B"
    write(os.path.join(root, "model.json"), json.dumps(model))
    c, _ = modes(chosen=["src/clean.cpp"], expect=0)
    check(c == {"src/clean.cpp": "miss"}, f"a changed model: {c}")
    write(config, good + "CheckOptions:\n  UnknownCallsMayRelease: 'true'\n")
    c, _ = modes(chosen=["src/clean.cpp"], expect=0)
    check(c == {"src/clean.cpp": "miss"}, f"a changed check option: {c}")
    write(config, good)
    other = os.path.join(root, "tensorlife-scan-copy")
    shutil.copy(ARGS.scan, other)
    with open(other, "ab") as f:
        f.write(b"\0another build")
    c, _ = modes(binary=other)
    check(set(c.values()) == {"miss"}, f"another binary: {c}")

    # Bounded: with room for one unit, the least recently used entries go.
    def cache_size(d):
        entries = os.path.join(d, "v2")
        return sum(os.path.getsize(os.path.join(entries, e)) for e in os.listdir(entries)
                   if e.startswith("llvmcache-"))

    def small_scan(cache_dir, unit, *extra):
        run([ARGS.scan, "-p", build, "--cache-dir", cache_dir, "--json", "s.json", "--format",
             "none", "--progress", "none", *extra, unit], cwd=root, expect=0)
        return units(load(os.path.join(root, "s.json")))[unit]["cache"]

    sizes = {}
    for unit in ["src/nolint.cpp", "src/clean.cpp"]:
        d = fresh_dir("direct-cache-size")
        small_scan(d, unit)
        sizes[unit] = cache_size(d)
    limit = max(sizes.values()) + 100
    check(sum(sizes.values()) > limit, f"the sizes allow the test: {sizes}")
    small = fresh_dir("direct-cache-small")
    small_scan(small, "src/nolint.cpp", "--cache-size", str(limit))
    time.sleep(1.1)  # access times a second apart at least
    small_scan(small, "src/clean.cpp", "--cache-size", str(limit))
    check(cache_size(small) <= limit, f"the cache stays under --cache-size: {cache_size(small)}")
    check(small_scan(small, "src/clean.cpp", "--cache-size", str(limit)) == "direct",
          "the most recently used unit stays")
    check(small_scan(small, "src/nolint.cpp", "--cache-size", str(limit)) == "miss",
          "the least recently used one went")


# ---------------------------------------------------------------------------------------------
# Helpers in other translation units (docs/scan.md, "Helpers in other files")

CROSS_UNIT_SOURCES = ["helpers/closer.cpp", "helpers/destroy.cpp", "helpers/maybe.cpp",
                      "helpers/outputs.cpp", "helpers/shutdown.cpp", "helpers/staging.cpp",
                      "helpers/teardown.cpp",
                      "src/main.cpp"]


def cross_unit_flags():
    """Its own headers, and the fixture's annotated API (mini_api.h), read where it is."""
    return ["-std=c++17", "-I../include",
            "-I" + os.path.join(ARGS.repo, "tests", "scan", "fixture", "include")]


def cross_unit_project(name):
    """A copy of tests/scan/cross-unit with a database; returns (project root, build dir)."""
    work = fresh_dir(name)
    root = os.path.join(work, "project")
    shutil.copytree(os.path.join(ARGS.repo, "tests", "scan", "cross-unit"), root)
    build = os.path.join(root, "build")
    os.makedirs(build)
    entries = [{"directory": build, "file": os.path.join(root, rel),
                "arguments": ["clang++", *cross_unit_flags(), "-c",
                              os.path.join(root, rel), "-o", rel + ".o"]}
               for rel in CROSS_UNIT_SOURCES]
    with open(os.path.join(build, "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=1)
    return root, build


def flagged_lines(path):
    """The lines of a file marked `// flagged`."""
    with open(path, encoding="utf-8") as f:
        return sorted(i for i, line in enumerate(f, 1) if line.rstrip().endswith("// flagged"))


def lines_of(report, file):
    return sorted(f["line"] for f in report["findings"] if f["file"] == file)


def tidy_lines(output, path):
    return sorted(int(m.group(1)) for m in re.finditer(
        re.escape(path) + r":(\d+):\d+: warning: ", output))


def validate_model(path):
    """A model file against docs/model.schema.json."""
    validate_against("model.schema.json", path)


@case
def cross_unit_scan():
    root, build = cross_unit_project("cross-unit-scan")
    main = os.path.join(root, "src", "main.cpp")
    expected = flagged_lines(main)
    check(len(expected) == 4, "the test project marks four flagged lines")

    # Plain clang-tidy sees one file: none of the bugs.
    r = run([ARGS.tidy, "-p", build, "--checks=-*,tensorlife-*", main], cwd=root)
    check(tidy_lines(r.stdout, main) == [], "single-unit clang-tidy does not see the helpers")

    # The scan does, and exports what it learnt.
    scan("-p", build, "--json", "r.json", "--sarif", "r.sarif", "--export-model", "summaries.json",
         "--format", "none", "--progress", "none", cwd=root, expect=1)
    report = load(os.path.join(root, "r.json"))
    validate_schema(os.path.join(root, "r.json"))
    validate_sarif(os.path.join(root, "r.sarif"))
    check(lines_of(report, "src/main.cpp") == expected,
          f"the scan flags the callers' bugs: {lines_of(report, 'src/main.cpp')} != {expected}")
    # A helper returning a view over its own local is reported in its own unit, where the view
    # leaves, and once: its callers elsewhere are not told again.
    staging = os.path.join(root, "helpers", "staging.cpp")
    check(lines_of(report, "helpers/staging.cpp") == flagged_lines(staging),
          f"the escape in helpers/staging.cpp: {lines_of(report, 'helpers/staging.cpp')}")
    check({f["file"] for f in report["findings"]} == {"src/main.cpp", "helpers/staging.cpp"},
          "no finding elsewhere")
    check(all(u["status"] == "analysed" for u in report["translation_units"]),
          "every unit analysed")
    # Each kind of helper, at its caller: closes, deletes, lends out a tensor of its parameter,
    # closes through a helper in a third file.
    messages = [f["message"] for f in report["findings"] if f["file"] == "src/main.cpp"]
    check(messages == ["'t' is read after session 's' was closed",
                       "'t' is read after session 's' was destroyed",
                       "'t' is read after session 's' was closed",
                       "'t' is read after session 's' was closed"], f"wording: {messages}")
    x = report["cross_unit"]
    check(x["rounds"] == 3 and x["converged"] and x["conflicts"] == [],
          f"a chain across two files takes three rounds: {x}")
    check(x["reanalysed"] >= 2, "the callers were analysed again")
    model_path = os.path.join(root, "summaries.json")
    validate_model(model_path)
    model = load(model_path)
    entries = {(e["name"], tuple(e["params"])): e["facts"] for e in model["functions"]}
    session = "mini::Session &"
    check(entries.get(("app::teardown", (session,))) == ["close(0)"], f"teardown: {entries}")
    check(entries.get(("app::shutdown", (session,))) == ["close(0)"], "shutdown, through teardown")
    check(entries.get(("app::destroy", ("mini::Session *",))) == ["destroy(0)"], "destroy")
    check("result_borrows(0)" in entries.get(("app::first_output", (session,)), []),
          "first_output returns a tensor borrowed from its parameter")
    check(("app::maybe_close", (session, "bool")) not in entries,
          "a close on some paths only is not exported")
    check(("app::teardown", (session, "int")) not in entries, "the other overload has no summary")
    check(not any(name.startswith("app::Closer") for name, _ in entries), "virtual: unknown")
    check(("app::staged", ()) not in entries, "a view over the helper's own local is not exported")

    # That escape is one unit's business: a plain clang-tidy run of the helper's file reports it.
    r = run([ARGS.tidy, "-p", build, "--checks=-*,tensorlife-*", staging], cwd=root)
    check(tidy_lines(r.stdout, staging) == flagged_lines(staging),
          "single-unit clang-tidy reports the escape in helpers/staging.cpp")

    # tensorlife-tidy, given the exported model, warns as the scan does (the editor's case).
    config = "{CheckOptions: {ModelFiles: '" + model_path + "'}}"
    r = run([ARGS.tidy, "-p", build, "--checks=-*,tensorlife-*", "--config=" + config, main],
            cwd=root)
    check(tidy_lines(r.stdout, main) == expected, "tensorlife-tidy with the exported model")

    # --single-phase: the old behaviour, one analysis per unit.
    scan("-p", build, "--json", "single.json", "--single-phase", "--format", "none",
         "--progress", "none", cwd=root, expect=1)
    single = load(os.path.join(root, "single.json"))
    check(lines_of(single, "src/main.cpp") == [] and single["cross_unit"] is None and
          lines_of(single, "helpers/staging.cpp") == flagged_lines(staging),
          "--single-phase: only what one unit shows")

    # The cache: a warm scan analyses nothing; a helper that changes re-analyses its callers.
    cache = os.path.join(root, "cache")
    for _ in range(2):
        scan("-p", build, "--json", "c.json", "--cache-dir", cache, "--format", "none",
             "--progress", "none", cwd=root, expect=1)
    warm = load(os.path.join(root, "c.json"))
    check(all(u["cache"] == "direct" for u in warm["translation_units"]), "a warm scan is cached")
    check(lines_of(warm, "src/main.cpp") == expected, "the same findings from the cache")
    teardown = os.path.join(root, "helpers", "teardown.cpp")
    with open(teardown, encoding="utf-8") as f:
        text = f.read()
    write(teardown, text.replace("{ s.close(); }", "{ s.run(mini::Node{}); }"))
    scan("-p", build, "--json", "c.json", "--cache-dir", cache, "--format", "none",
         "--progress", "none", cwd=root, expect=1)
    changed = load(os.path.join(root, "c.json"))
    check(lines_of(changed, "src/main.cpp") == expected[1:3],
          f"teardown no longer closes: {lines_of(changed, 'src/main.cpp')}")
    check(units(changed)["src/main.cpp"]["cache"] != "direct", "its caller was analysed again")


def conflict_project(name):
    root, build = cross_unit_project(name)
    # A second definition of app::teardown(mini::Session &) that does not close: the program
    # breaks the one-definition rule, and the scan does not guess which one links.
    write(os.path.join(root, "helpers", "teardown2.cpp"),
          '#include "helpers.h"\nnamespace app {\nvoid teardown(mini::Session &s) {}\n}\n')
    db = os.path.join(build, "compile_commands.json")
    entries = load(db)
    src = os.path.join(root, "helpers", "teardown2.cpp")
    entries.append({"directory": build, "file": src,
                    "arguments": ["clang++", *cross_unit_flags(), "-c", src, "-o", "t2.o"]})
    with open(db, "w") as f:
        json.dump(entries, f, indent=1)
    return root, build


@case
def cross_unit_conflict():
    root, build = conflict_project("cross-unit-conflict")
    r = scan("-p", build, "--json", "r.json", "--sarif", "r.sarif", "--export-model", "m.json",
             "--format", "none", "--progress", "none", cwd=root, expect=1)
    check("function app::teardown(mini::Session &) has different summaries" in r.stderr,
          "the conflict is reported on stderr")
    report = load(os.path.join(root, "r.json"))
    validate_schema(os.path.join(root, "r.json"))
    conflicts = report["cross_unit"]["conflicts"]
    check(len(conflicts) == 1 and conflicts[0]["name"] == "app::teardown" and
          conflicts[0]["params"] == ["mini::Session &"], f"one conflict: {conflicts}")
    check(sorted(d["source"] for d in conflicts[0]["definitions"]) ==
          ["helpers/teardown.cpp", "helpers/teardown2.cpp"], "both definitions are named")
    main = os.path.join(root, "src", "main.cpp")
    expected = flagged_lines(main)
    # teardown (and shutdown, which calls it) are left unknown: not guessed either way.
    check(lines_of(report, "src/main.cpp") == [expected[1], expected[2]],
          f"a conflicting summary is not used: {lines_of(report, 'src/main.cpp')}")
    sarif = load(os.path.join(root, "r.sarif"))
    notes = sarif["runs"][0]["invocations"][0].get("toolExecutionNotifications", [])
    check(any("app::teardown(mini::Session &) has different summaries" in n["message"]["text"]
              and n["level"] == "warning" for n in notes), "a SARIF notification")
    validate_sarif(os.path.join(root, "r.sarif"))
    model = load(os.path.join(root, "m.json"))
    check(not any(e["name"] == "app::teardown" for e in model["functions"]),
          "a conflict is not exported")
    # Two reports that saw the same definitions (a report merged with its copy): listed once.
    shutil.copy(os.path.join(root, "r.json"), os.path.join(root, "again.json"))
    run([ARGS.scan, "merge", "r.json", "again.json", "--json", "merged.json"], cwd=root, expect=1)
    merged = load(os.path.join(root, "merged.json"))["cross_unit"]["conflicts"]
    check(merged == conflicts, f"a merge lists a conflict once: {merged}")


@case
def cross_unit_shards():
    root, build = cross_unit_project("cross-unit-shards")
    scan("-p", build, "--json", "full.json", "--format", "none", "--progress", "none", cwd=root,
         expect=1)
    full = load(os.path.join(root, "full.json"))
    # Each shard exports its summaries; merged, they go to each shard's second scan.
    for k in (1, 2):
        scan("-p", build, "--shard", f"{k}/2", "--export-model", f"s{k}.summaries.json",
             "--format", "none", "--progress", "none", cwd=root)
    r = run([ARGS.scan, "merge", "s1.summaries.json", "s2.summaries.json", "--export-model",
             "merged.summaries.json"], cwd=root, expect=0)
    validate_model(os.path.join(root, "merged.summaries.json"))
    for k in (1, 2):
        scan("-p", build, "--shard", f"{k}/2", "--summaries", "merged.summaries.json", "--json",
             f"s{k}.json", "--format", "none", "--progress", "none", cwd=root)
        check(load(os.path.join(root, f"s{k}.json"))["cross_unit"]["summary_files"] ==
              ["merged.summaries.json"], "the summaries files are recorded")
    run([ARGS.scan, "merge", "s1.json", "s2.json", "--json", "merged.json"], cwd=root, expect=1)
    merged = load(os.path.join(root, "merged.json"))
    validate_schema(os.path.join(root, "merged.json"))
    check(finding_keys(merged) == finding_keys(full),
          "the shards, with each other's summaries, find what one scan finds")
    # A summaries file out of date: the scanned units' own definitions take precedence.
    write(os.path.join(root, "stale.json"), json.dumps({
        "schema_version": 1, "name": "stale", "functions": [
            {"name": "app::maybe_close", "params": ["mini::Session &", "bool"],
             "facts": ["close(0)"]}]}))
    scan("-p", build, "--summaries", "stale.json", "--json", "stale-report.json", "--format",
         "none", "--progress", "none", cwd=root, expect=1)
    stale = load(os.path.join(root, "stale-report.json"))
    check(finding_keys(stale) == finding_keys(full) and stale["cross_unit"]["conflicts"] == [],
          "a unit's definition wins over a summaries file's (no conflict, no finding from it)")
    # Errors: summaries files and reports do not mix; a merge of summaries needs its output.
    r = run([ARGS.scan, "merge", "s1.summaries.json", "s1.json"], cwd=root, expect=2)
    check("cannot merge reports and summaries files together" in r.stderr, "mixed inputs")
    r = run([ARGS.scan, "merge", "s1.summaries.json", "s2.summaries.json"], cwd=root, expect=2)
    check("needs --export-model" in r.stderr, "a merge of summaries writes --export-model")


@case
def bad_input():
    """Usage and I/O errors: a clear message and exit code 2, before any analysis."""
    root, build = fixture_project("bad-input", loader_flags=False)
    bad = os.path.join(root, "bad")
    os.makedirs(os.path.join(bad, "isdir", "compile_commands.json"))
    os.makedirs(os.path.join(bad, "notjson"))
    with open(os.path.join(bad, "notjson", "compile_commands.json"), "w") as f:
        f.write("[{\"directory\": \"/tmp\", \"file\": ")
    os.makedirs(os.path.join(bad, "notarray"))
    with open(os.path.join(bad, "notarray", "compile_commands.json"), "w") as f:
        f.write("{\"directory\": \"/tmp\"}")
    os.makedirs(os.path.join(bad, "empty"))
    with open(os.path.join(bad, "empty", "compile_commands.json"), "w") as f:
        f.write("[]")
    with open(os.path.join(bad, "corrupt.json"), "w") as f:
        f.write("{ not json")
    with open(os.path.join(bad, "other.json"), "w") as f:
        f.write("{\"version\": \"2.1.0\"}")
    with open(os.path.join(bad, "no-params.json"), "w") as f:
        f.write('{"schema_version": 1, "name": "s", "functions": '
                '[{"name": "app::teardown", "facts": ["close(0)"]}]}')
    with open(os.path.join(bad, "bad-fact.json"), "w") as f:
        f.write('{"schema_version": 1, "name": "s", "functions": '
                '[{"name": "app::teardown", "params": ["int"], "facts": ["shut(0)"]}]}')
    p = ["-p", build]
    cases = [
        ([], "missing -p"),
        (["-p", os.path.join(bad, "nope")], "does not exist"),
        (["-p", bad], "no compile_commands.json in"),
        (["-p", os.path.join(bad, "isdir")], "it is a directory"),
        (["-p", os.path.join(bad, "notjson")], "cannot parse compilation database"),
        (["-p", os.path.join(bad, "notarray")], "cannot parse compilation database"),
        (["-p", os.path.join(bad, "empty")], "has no entries"),
        (p + ["--shard", "0/2"], "is not K/N"),
        (p + ["--shard", "3/2"], "is not K/N"),
        (p + ["--shard", "1/0"], "is not K/N"),
        (p + ["--shard", "two"], "is not K/N"),
        (p + ["--frobnicate"], "unknown option '--frobnicate'"),
        (p + ["-x"], "unknown option '-x'"),
        (p + ["--json"], "option '--json' needs a value"),
        (p + ["-j", "0"], "is not a number >= 1"),
        (p + ["--jobs=many"], "is not a number >= 1"),
        (p + ["--timeout", "-1"], "is not a number of seconds"),
        (p + ["--format", "xml"], "is not one of: text, none"),
        (p + ["--progress", "loud"], "is not one of: auto, tty, plain, none"),
        (p + ["--json", os.path.join(bad, "no-such-dir", "r.json")], "does not exist"),
        (p + ["--json", bad], "is a directory"),
        (p + ["--json", "a.json", "--sarif", "a.json"], "name the same file"),
        (p + ["--baseline", os.path.join(bad, "missing.json")], "cannot read"),
        (p + ["--baseline", bad], "is a directory"),
        (p + ["--baseline", os.path.join(bad, "corrupt.json")], "is not valid JSON"),
        (p + ["--baseline", os.path.join(bad, "other.json")], "not a tensorlife-scan report"),
        (p + ["--config-file", os.path.join(bad, "missing.yaml")], "--config-file: cannot read"),
        (p + ["--config-file", os.path.join(bad, "corrupt.json")], "invalid configuration"),
        (p + ["--header-filter", "(unclosed"], "bad regular expression"),
        (p + ["--exclude", "[z-a]"], "--exclude: bad pattern"),
        (p + ["--root", os.path.join(bad, "nope")], "is not a directory"),
        (p + ["--summaries", os.path.join(bad, "missing.json")], "--summaries: cannot read"),
        (p + ["--summaries", os.path.join(bad, "corrupt.json")], "--summaries: summaries file"),
        (p + ["--summaries", os.path.join(bad, "no-params.json")], "no \"params\" array"),
        (p + ["--summaries", os.path.join(bad, "bad-fact.json")], "unknown tensorlife fact 'shut'"),
        (p + ["--summaries", "", "--json", "r.json"], "--summaries': empty path"),
        (p + ["--summaries", os.path.join(bad, "no-params.json"), "--single-phase"],
         "--single-phase turns off"),
        (p + ["--json", "a.json", "--export-model", "a.json"], "name the same file"),
        (["merge"], "merge needs at least one JSON report"),
        (["merge", os.path.join(bad, "corrupt.json")], "is not valid JSON"),
        (["merge", os.path.join(bad, "missing.json")], "cannot read"),
        (["merge", "--frobnicate", "x.json"], "unknown option '--frobnicate'"),
    ]
    failures = []
    for args, message in cases:
        r = scan(*args, cwd=root, timeout=30)
        if r.returncode != 2 or f"tensorlife-scan: error: " not in r.stderr or message not in r.stderr:
            failures.append(f"{args}: expected exit 2 and '{message}', got {r.returncode}: "
                            f"{r.stderr.strip()}")
        if r.stdout or "Traceback" in r.stderr or "Stack dump" in r.stderr:
            failures.append(f"{args}: unexpected output")
    check(not failures, "\n".join(failures))
    check(scan("--help", expect=0).stdout.startswith("usage: tensorlife-scan"), "--help")
    check(scan("merge", "--help", expect=0).stdout.startswith("usage: tensorlife-scan merge"),
          "merge --help")
    check(scan("--version", expect=0).stdout.startswith("tensorlife-scan "), "--version")


def main():
    global ARGS
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scan", required=True)
    parser.add_argument("--tidy", required=True)
    parser.add_argument("--repo", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--multitool")
    parser.add_argument("case", choices=sorted(CASES))
    ARGS = parser.parse_args()
    os.makedirs(ARGS.work, exist_ok=True)
    return CASES.run(ARGS.case)


if __name__ == "__main__":
    sys.exit(main())
