#!/usr/bin/env python3
"""Fault injection for tensorlife-scan, one ctest test per case: a worker killed mid-unit, a report
directory on a full filesystem, damaged cache entries, two scans sharing a cache at once, a worker
over --max-memory; and compile-database hygiene: loader flags never load a shared object into
tensorlife-tidy, the plugin, tensorlife-clangd or the scan.

Builds on tests/scan/scan_test.py (its fixture project and helpers).

usage: fault_test.py --scan BIN --tidy BIN --plugin SO --distro-tidy BIN --clangd BIN
                     --repo DIR --work DIR CASE
"""
import argparse
import hashlib
import json
import os
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
sys.path.insert(0, os.path.join(HERE, "..", "scan"))
sys.path.insert(0, os.path.join(HERE, "..", "clangd"))
import scan_test  # noqa: E402
from harness import Cases, Skip, check, run  # noqa: E402
from scan_test import fixture_project, load, scan, units  # noqa: E402

CASES = Cases()
case = CASES.case


def quiet(*args):
    return ["--format", "none", "--progress", "none", *args]


def processes_with(needle):
    """Pids of the processes whose environment holds `needle` (a path unique to one test)."""
    pids = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/environ", "rb") as f:
                if needle.encode() in f.read():
                    pids.append(int(pid))
        except OSError:
            pass
    return pids


def worker_pids(needle):
    pids = []
    for pid in processes_with(needle):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                if b"--worker" in f.read().split(b"\0"):
                    pids.append(pid)
        except OSError:
            pass
    return pids


# ---------------------------------------------------------------------------------------------
# Workers

@case
def worker_sigkill():
    """A worker killed with SIGKILL in the middle of its unit: that unit is 'crashed', the others
    are analysed and the report is complete and valid."""
    root, build = fixture_project("fault-sigkill")
    hang = os.path.join(root, "src/clean.cpp")
    report_path = os.path.join(root, "r.json")
    scan("-p", build, "--json", "reference.json", *quiet(), cwd=root, expect=1)
    reference = load(os.path.join(root, "reference.json"))
    env = dict(os.environ, TENSORLIFE_SCAN_TEST_HANG=hang)
    p = subprocess.Popen([scan_test.ARGS.scan, "-p", build, "-j", "2", "--json", report_path,
                          *quiet()], cwd=root, env=env, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    try:
        deadline, killed = time.monotonic() + 60, []
        while time.monotonic() < deadline and not killed:
            time.sleep(0.2)
            # The worker of the hanging unit is the one whose job names it.
            for pid in worker_pids(hang):
                with open(f"/proc/{pid}/cmdline", "rb") as f:
                    job = f.read().split(b"\0")[-2].decode()
                with open(job) as f:
                    if json.load(f)["file"] == hang:
                        os.kill(pid, signal.SIGKILL)
                        killed.append(pid)
        check(killed, "found the worker of the hanging unit")
        out, err = p.communicate(timeout=120)
        print(err)
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
    check(p.returncode == 1, f"exit 1 (findings), got {p.returncode}")
    report = load(report_path)
    u = units(report)
    check(u["src/clean.cpp"]["status"] == "crashed" and "signal 9" in u["src/clean.cpp"]["reason"],
          f"the killed unit is crashed by signal 9: {u['src/clean.cpp']}")
    others = [f for f in scan_test.FIXTURE_SOURCES if f not in ("src/clean.cpp", "src/broken.cpp")]
    check(all(u[f]["status"] == "analysed" for f in others), "the others are analysed")
    check(scan_test.finding_keys(report) == scan_test.finding_keys(reference),
          "their findings are kept (the killed unit has none)")
    scan_test.validate_schema(report_path)


@case
def max_memory():
    """A worker over --max-memory is recorded as out_of_memory and the scan goes on."""
    root, build = fixture_project("fault-max-memory")
    env = {"TENSORLIFE_SCAN_TEST_ALLOCATE": "src/clean.cpp"}
    r = scan("-p", build, "--json", "r.json", "--max-memory", "2G", *quiet(), "src/clean.cpp",
             "src/close_bug.cpp", "src/nolint.cpp", cwd=root, env=env, expect=1, timeout=120)
    report = load(os.path.join(root, "r.json"))
    u = units(report)
    check(u["src/clean.cpp"]["status"] == "out_of_memory", f"out_of_memory: {u['src/clean.cpp']}")
    check(u["src/clean.cpp"]["reason"] == "exceeded --max-memory of 2048 MiB", "reason")
    check(u["src/close_bug.cpp"]["status"] == "analysed" and
          u["src/nolint.cpp"]["status"] == "analysed", "the others are analysed under the limit")
    check(report["summary"]["out_of_memory"] == 1, "summary")
    check("src/clean.cpp was not analysed (out_of_memory)" in r.stderr, "warned on stderr")
    scan_test.validate_schema(os.path.join(root, "r.json"))
    for bad in ["0", "-1G", "12X", "G", ""]:
        r = scan("-p", build, "--max-memory", bad, cwd=root, expect=2)
        check("option '--max-memory'" in r.stderr, f"a clear error for --max-memory '{bad}'")


# ---------------------------------------------------------------------------------------------
# Reports

@case
def full_filesystem():
    """Reports on a full filesystem: exit 2 with the error, the previous reports intact, no
    temporary file left behind."""
    if os.geteuid() != 0:
        raise Skip("mounting a small tmpfs needs root")
    root, build = fixture_project("fault-full-filesystem")
    mnt = os.path.join(root, "reports")
    os.makedirs(mnt)
    mounted = run(["mount", "-t", "tmpfs", "-o", "size=256k", "tensorlife-test", mnt])
    if mounted.returncode != 0:
        raise Skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        json_path, sarif_path = os.path.join(mnt, "r.json"), os.path.join(mnt, "r.sarif")
        scan("-p", build, "--json", json_path, "--sarif", sarif_path, *quiet(), cwd=root, expect=1)
        before = {p: open(p, "rb").read() for p in (json_path, sarif_path)}
        check(all(before.values()), "the first reports were written")
        fd = os.open(os.path.join(mnt, "filler"), os.O_WRONLY | os.O_CREAT)
        try:
            while True:
                os.write(fd, b"x" * 4096)
        except OSError:
            pass
        finally:
            os.close(fd)
        r = scan("-p", build, "--json", json_path, "--sarif", sarif_path, *quiet(), cwd=root,
                 expect=2)
        check("No space left on device" in r.stderr and "r.json" in r.stderr,
              "the error names the report and the cause")
        check({p: open(p, "rb").read() for p in before} == before, "the previous reports intact")
        check(not [f for f in os.listdir(mnt) if ".tmp-" in f], "no temporary file left behind")
    finally:
        run(["umount", mnt])


# ---------------------------------------------------------------------------------------------
# Cache

CACHE_FILES = ["src/clean.cpp", "src/close_bug.cpp", "src/nolint.cpp", "src/moves/moved.cpp"]


def cached_scan(root, build, cache, name, expect=1):
    scan("-p", build, "--cache-dir", cache, "--json", name, *quiet(), *CACHE_FILES, cwd=root,
         expect=expect)
    report = load(os.path.join(root, name))
    return report, {f: u["cache"] in ("hit", "direct") for f, u in units(report).items()}


def cache_entries(cache, kind="r"):
    """The cache's entries of one kind: r, the results; d, the direct-mode manifests."""
    return sorted(os.path.join(d, f) for d, _, fs in os.walk(cache) for f in fs
                  if f.startswith(f"llvmcache-{kind}-"))


def entry_is_sound(path):
    """An entry the cache wrote: SHA-256 of the content, newline, content."""
    with open(path, "rb") as f:
        data = f.read()
    header, _, content = data.partition(b"\n")
    return header.decode("ascii", "replace") == hashlib.sha256(content).hexdigest()


@case
def cache_damaged():
    """Cache entries truncated, with a byte changed, or replaced by other valid JSON: each is
    detected and its unit analysed again; the report is the one of a cold scan."""
    root, build = fixture_project("fault-cache-damaged")
    cache = os.path.join(root, "cache")
    cold, c = cached_scan(root, build, cache, "cold.json")
    entries = cache_entries(cache)
    check(len(entries) == len(CACHE_FILES) and all(map(entry_is_sound, entries)),
          f"one sound entry per unit: {entries}")
    damaged = {}
    with open(entries[0], "r+b") as f:  # truncated
        f.truncate(os.path.getsize(entries[0]) // 2)
    with open(entries[1], "r+b") as f:  # one byte changed, deep in the content
        f.seek(os.path.getsize(entries[1]) - 10)
        b = f.read(1)
        f.seek(-1, 1)
        f.write(bytes([b[0] ^ 0x01]))
    with open(entries[2], "rb") as f:  # valid JSON, another result, the old checksum
        header, _, content = f.read().partition(b"\n")
    result = json.loads(content)
    result["findings"] = []
    with open(entries[2], "wb") as f:
        f.write(header + b"\n" + json.dumps(result).encode())
    for e in entries[:3]:
        damaged[e] = True
    warm, c = cached_scan(root, build, cache, "warm.json")
    check(sum(c.values()) == 1, f"only the sound entry is used: {c}")
    check(scan_test.strip_volatile(warm) == scan_test.strip_volatile(cold),
          "the report is the cold scan's")
    entries = cache_entries(cache)
    check(len(entries) == len(CACHE_FILES) and all(map(entry_is_sound, entries)),
          "the damaged entries were replaced by sound ones")
    check(all(map(entry_is_sound, cache_entries(cache, "d"))), "every manifest is sound")
    _, c = cached_scan(root, build, cache, "hot.json")
    check(all(c.values()), f"every unit from the cache afterwards: {c}")


@case
def cache_concurrent():
    """Two scans of one project at once, sharing --cache-dir: both complete with the same report;
    every entry is sound; a third scan takes every unit from the cache."""
    root, build = fixture_project("fault-cache-concurrent")
    cache = os.path.join(root, "cache")
    procs = [subprocess.Popen([scan_test.ARGS.scan, "-p", build, "--cache-dir", cache, "-j", "2",
                               "--json", f"c{i}.json", *quiet(), *CACHE_FILES], cwd=root,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for i in (1, 2)]
    for p in procs:
        out, err = p.communicate(timeout=300)
        print(err)
        check(p.returncode == 1, f"exit 1 (findings), got {p.returncode}")
    a, b = (load(os.path.join(root, f"c{i}.json")) for i in (1, 2))
    check(scan_test.strip_volatile(a) == scan_test.strip_volatile(b), "the same report")
    entries = cache_entries(cache)
    check(len(entries) == len(CACHE_FILES) and all(map(entry_is_sound, entries)),
          f"one sound entry per unit: {entries}")
    check(all(map(entry_is_sound, cache_entries(cache, "d"))), "every manifest is sound")
    check(not [f for d, _, fs in os.walk(cache) for f in fs if ".tmp-" in f], "no temporary file")
    third, c = cached_scan(root, build, cache, "third.json")
    check(all(c.values()), f"every unit from the cache: {c}")
    check(scan_test.strip_volatile(third) == scan_test.strip_volatile(a), "and the same report")


# ---------------------------------------------------------------------------------------------
# Compile-database hygiene

MARKER_SOURCE = r"""
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
/* Loaded into a process: leave a marker file. */
__attribute__((constructor)) static void loaded(void) {
  const char *path = getenv("TENSORLIFE_MARKER");
  if (path) close(open(path, O_WRONLY | O_CREAT, 0644));
}
"""


def marker_library(work):
    """A real shared object that creates $TENSORLIFE_MARKER when loaded, and proof that it does."""
    source = os.path.join(work, "marker.c")
    lib = os.path.join(work, "marker.so")
    with open(source, "w") as f:
        f.write(MARKER_SOURCE)
    run(["cc", "-shared", "-fPIC", "-o", lib, source], expect=0)
    marker = os.path.join(work, "proof")
    run([sys.executable, "-c", "import ctypes,sys; ctypes.CDLL(sys.argv[1])", lib],
        env={"TENSORLIFE_MARKER": marker}, expect=0)
    check(os.path.exists(marker), "the marker library leaves its marker when loaded")
    return lib


LOADER_FLAGS = lambda lib: [  # noqa: E731
    ["-fplugin=" + lib], ["-Xclang", "-load", "-Xclang", lib], ["-fpass-plugin=" + lib]]


@case
def loader_flags_load_nothing():
    root, build = fixture_project("hygiene", loader_flags=False)
    lib = marker_library(os.path.dirname(root))
    marker = os.path.join(os.path.dirname(root), "loaded")
    env = {"TENSORLIFE_MARKER": marker}
    source = os.path.join(root, "src/close_bug.cpp")
    # The flags are real: the compiler itself loads the library through each of them.
    for flags in LOADER_FLAGS(lib):
        run(["clang++-19", *flags, "-std=c++17", "-I" + os.path.join(root, "include"), "-c",
             source, "-o", os.path.join(build, "proof.o")], env=env)
        check(os.path.exists(marker), f"clang++ {' '.join(flags)} loads the library")
        os.remove(marker)
    entries = [{"directory": build, "file": source,
                "arguments": ["clang++", *flags, "-std=c++17", "-I../include", "-c", source]}
               for flags in LOADER_FLAGS(lib)]
    for i, entry in enumerate(entries):
        db = os.path.join(build, str(i))
        os.makedirs(db)
        with open(os.path.join(db, "compile_commands.json"), "w") as f:
            json.dump([entry], f)
        flags = " ".join(LOADER_FLAGS(lib)[i])
        finding = "'out' is read after session 'sess' was closed"
        r = run([scan_test.ARGS.tidy, "-p", db, "--checks=-*,tensorlife-*", source], cwd=root,
                env=env)
        check(finding in r.stdout, f"tensorlife-tidy analysed the unit ({flags})")
        r = run([ARGS.distro_tidy, "--load=" + ARGS.plugin, "-p", db, "--checks=-*,tensorlife-*",
                 source], cwd=root, env=env)
        check(finding in r.stdout, f"the plugin analysed the unit ({flags})")
        r = scan("-p", db, "--json", os.path.join(db, "r.json"), *quiet(), cwd=root, env=env)
        check([f["message"] for f in load(os.path.join(db, "r.json"))["findings"]] == [finding],
              f"the scan analysed the unit ({flags})")
        check(not os.path.exists(marker), f"nothing loaded the library given as {flags}")
    # tensorlife-clangd, over LSP, on a database with all three.
    from clangd_session import ClangdSession

    def configure(project):
        db = json.loads((project / "compile_commands.json").read_text())
        for e in db:
            e["arguments"][1:1] = [a for flags in LOADER_FLAGS(lib) for a in flags]
        (project / "compile_commands.json").write_text(json.dumps(db))

    os.environ["TENSORLIFE_MARKER"] = marker
    session = ClangdSession([os.path.join(scan_test.ARGS.repo, "runtime-model", "include")],
                            configure)
    try:
        session.start(ARGS.clangd)
        name = sorted(p.name for p in session.root.glob("*.cpp"))[0]
        diagnostics = session.open(name)
        print(f"clangd diagnostics for {name}: {diagnostics}")
        check(any(d.get("source") == "clang-tidy" for d in diagnostics),
              "tensorlife-clangd analysed the file")
        session.shutdown()
    finally:
        session.close()
    check(not os.path.exists(marker), "tensorlife-clangd loaded nothing")


ARGS = None


def main():
    global ARGS
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    for name in ["--scan", "--tidy", "--plugin", "--distro-tidy", "--clangd", "--repo", "--work"]:
        parser.add_argument(name, required=True)
    parser.add_argument("case", choices=sorted(CASES))
    ARGS = parser.parse_args()
    scan_test.ARGS = argparse.Namespace(scan=ARGS.scan, tidy=ARGS.tidy, repo=ARGS.repo,
                                        work=ARGS.work, multitool=None)
    os.makedirs(ARGS.work, exist_ok=True)
    return CASES.run(ARGS.case)


if __name__ == "__main__":
    sys.exit(main())
