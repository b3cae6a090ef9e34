#!/usr/bin/env python3
"""Tests of what users install: --version of every binary, the plugin's version guard, an install
into a prefix and the Debian package, each run on a sample with exact expectations (the sample's
CHECK-NOTES lines, compared by check_tidy.py). One case per run:

  version BINARY TOOL          `BINARY --version` names TOOL, tensorlife's version and LLVM's
  guard                        the plugin, loaded into another major's clang-tidy, refuses loudly
  install                      cmake --install into a fresh prefix, the installed binaries run
  deb-build                    cpack writes the .deb (a fixture of the two below)
  deb-contents                 its fields and files; the binaries run from the extracted package
  deb-install                  installed for real (root only), run, removed

Exit 77 (ctest: skipped) when the case cannot run here: another major's clang-tidy not installed,
not root, or a tensorlife package already installed that deb-install would replace.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)


class Failure(Exception):
    pass


def run(command, **kwargs):
    print("$ " + " ".join(command), flush=True)
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            timeout=600, **kwargs)
    if result.stdout.strip():
        print(result.stdout.rstrip())
    if result.stderr.strip():
        print(result.stderr.rstrip())
    return result


def check(condition, what):
    if not condition:
        raise Failure(what)
    print("ok: " + what)


def check_tidy_on_sample(args, tidy, load=None):
    """The sample's expected diagnostics, exactly, from `tidy` (with `load` as plugin)."""
    command = [sys.executable, os.path.join(TESTS, "check_tidy.py"), "--tidy", tidy,
               "--filecheck", args.filecheck]
    if load:
        command += ["--load", load]
    command += [args.sample, "--", "-std=c++17", "-I" + args.include]
    check(run(command).returncode == 0,
          f"{os.path.basename(tidy)}{' --load ' + load if load else ''} reports exactly the "
          f"expected diagnostics of {os.path.basename(args.sample)}")


def check_resource_dir(args, tidy, expected):
    """`tidy` uses `expected` as Clang's resource dir (found relative to the binary, not some
    fallback), and its builtin headers are LLVM N's."""
    result = run([tidy, "--checks=-*,tensorlife-*", args.sample, "--", "-std=c++17",
                  "-I" + args.include, "-v"])
    m = re.search(r'"-resource-dir" "([^"]*)"', result.stdout + result.stderr)
    check(m and m.group(1) == expected, f"{os.path.basename(tidy)} uses {expected} as resource dir")
    builtin = os.path.realpath(os.path.join(expected, "include", "stddef.h"))
    check(builtin == f"/usr/lib/llvm-{args.major}/lib/clang/{args.major}/include/stddef.h",
          f"whose builtin headers are LLVM {args.major}'s ({builtin})")


def expected_warnings(sample):
    """`FILE:LINE:COL: warning: ...` for each CHECK-NOTES warning of the sample."""
    warnings = []
    with open(sample, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            m = re.search(r"CHECK-NOTES: :\[\[@LINE-(\d+)\]\]:(\d+): (warning: .*)$", line)
            if m:
                warnings.append(f"{os.path.basename(sample)}:{number - int(m.group(1))}:"
                                f"{m.group(2)}: {m.group(3)}")
    return warnings


def check_scan_on_sample(args, scan):
    """tensorlife-scan over a one-file compilation database: the sample's warnings, no error."""
    work = tempfile.mkdtemp(prefix="tensorlife-scan-")
    try:
        source = os.path.join(work, os.path.basename(args.sample))
        shutil.copy(args.sample, source)
        with open(os.path.join(work, "compile_commands.json"), "w") as f:
            json.dump([{"directory": work, "file": source,
                        "arguments": ["c++", "-std=c++17", "-I" + args.include, "-c", source]}], f)
        result = run([scan, "-p", work, "--root", work, "--checks=-*,tensorlife-*", "-j", "1",
                      "--progress", "none"], cwd=work)
        check(result.returncode == 1, "tensorlife-scan exits 1 (findings)")
        found = [line[len(work) + 1:] if line.startswith(work + "/") else line
                 for line in result.stdout.splitlines() if ": warning: " in line or ": error: " in line]
        check(found == expected_warnings(args.sample),
              "tensorlife-scan reports exactly the sample's warnings and no error")
    finally:
        shutil.rmtree(work)


def check_clangd(args, clangd):
    command = [sys.executable, os.path.join(TESTS, "clangd", "clangd_lsp_test.py"),
               "--clangd", clangd, "--include", args.include, "diagnostics-then-fix"]
    check(run(command).returncode == 0, f"{clangd} publishes the expected diagnostics over LSP")


def case_version(args):
    result = run([args.binary, "--version"])
    check(result.returncode == 0, "--version exits 0")
    line = f"{args.tool} (tensorlife {args.tensorlife_version}) built with LLVM {args.llvm_version}"
    check(line in result.stdout.splitlines(), f"--version prints '{line}'")


def case_guard(args):
    if not shutil.which(args.tidy):
        print(f"skipped: {args.tidy} is not installed (scripts/setup --llvm {args.host_major})")
        return SKIP
    result = run([args.tidy, "--load=" + args.plugin, "--checks=-*,tensorlife-*", args.sample,
                  "--", "-std=c++17", "-I" + args.include])
    check(result.returncode != 0, f"{args.tidy} with the LLVM {args.plugin_major} plugin fails")
    error = (f"error: libTensorlifeTidy.so was built for clang-tidy {args.plugin_major} but was "
             f"loaded into clang-tidy {args.host_major}")
    check(error in result.stderr, f"it says '{error}'")
    check("warning:" not in result.stdout + result.stderr, "it analyses nothing")


def case_install(args):
    prefix = args.prefix
    shutil.rmtree(prefix, ignore_errors=True)
    check(run(["cmake", "--install", args.build_dir, "--prefix", prefix]).returncode == 0,
          "cmake --install succeeds")
    for path in ["bin/tensorlife-tidy", "bin/tensorlife-scan", "bin/tensorlife-clangd",
                 "lib/libTensorlifeTidy.so", "share/doc/tensorlife/README.md",
                 "share/doc/tensorlife/checks/use-after-close.md",
                 "share/tensorlife/schemas/model.schema.json",
                 "share/tensorlife/schemas/scan-report.schema.json",
                 f"lib/clang/{args.major}/include/stddef.h"]:
        check(os.path.exists(os.path.join(prefix, path)), f"installs {path}")
    # Nothing but the link to LLVM's resource dir points outside the prefix: every binary and
    # the plugin are copies, not links into the build tree.
    for path in ["bin/tensorlife-tidy", "lib/libTensorlifeTidy.so"]:
        check(not os.path.islink(os.path.join(prefix, path)), f"{path} is a file")
    check_resource_dir(args, os.path.join(prefix, "bin", "tensorlife-tidy"),
                       os.path.join(prefix, "lib", "clang", args.major))
    check_tidy_on_sample(args, os.path.join(prefix, "bin", "tensorlife-tidy"))
    check_tidy_on_sample(args, args.distro_tidy, os.path.join(prefix, "lib", "libTensorlifeTidy.so"))
    check_scan_on_sample(args, os.path.join(prefix, "bin", "tensorlife-scan"))
    check_clangd(args, os.path.join(prefix, "bin", "tensorlife-clangd"))
    shutil.rmtree(prefix)


def deb_path(args):
    arch = subprocess.run(["dpkg", "--print-architecture"], stdout=subprocess.PIPE, text=True,
                          check=True).stdout.strip()
    return os.path.join(args.build_dir, "packages",
                        f"tensorlife-llvm{args.major}_{args.tensorlife_version}_{arch}.deb")


def case_deb_build(args):
    deb = deb_path(args)
    if os.path.exists(deb):
        os.unlink(deb)
    result = run(["cpack", "--config", os.path.join(args.build_dir, "CPackConfig.cmake")],
                 cwd=args.build_dir)
    check(result.returncode == 0, "cpack succeeds")
    check(os.path.isfile(deb), f"it writes {os.path.relpath(deb, args.build_dir)}")


def case_deb_contents(args):
    deb = deb_path(args)
    fields = {}
    for name in ["Package", "Version", "Depends", "Recommends", "Provides", "Conflicts"]:
        fields[name] = run(["dpkg-deb", "-f", deb, name]).stdout.strip()
    major = args.major
    check(fields["Package"] == f"tensorlife-llvm{major}", f"Package: tensorlife-llvm{major}")
    check(fields["Version"] == args.tensorlife_version, f"Version: {args.tensorlife_version}")
    depends = [d.strip().split(" ")[0] for d in fields["Depends"].split(",")]
    for package in [f"libclang-cpp{major}", f"libllvm{major}", f"libclang-common-{major}-dev"]:
        check(package in depends, f"depends on {package}")
    llvm_majors = {m.group(1) for d in depends
                   for m in [re.match(r"^(?:libclang-cpp|libllvm|libclang-common-)(\d+)", d)] if m}
    check(llvm_majors == {major}, "depends on no other LLVM major")
    check(fields["Recommends"] == f"clang-tidy-{major}", f"recommends clang-tidy-{major}")
    check(fields["Provides"] == "tensorlife" and fields["Conflicts"] == "tensorlife",
          "provides and conflicts with tensorlife (one major installed at a time)")
    for package in depends:
        status = run(["dpkg-query", "-W", "-f=${Status}", package]).stdout
        check(status == "install ok installed", f"{package} is installed here")

    listing = run(["dpkg-deb", "-c", deb]).stdout
    files = {line.split()[5].lstrip(".") for line in listing.splitlines()}
    for path in ["/usr/bin/tensorlife-tidy", "/usr/bin/tensorlife-scan", "/usr/bin/tensorlife-clangd",
                 "/usr/lib/libTensorlifeTidy.so", "/usr/share/doc/tensorlife/README.md",
                 "/usr/share/tensorlife/schemas/model.schema.json"]:
        check(path in files, f"ships {path}")
    check(not any(f.startswith("/usr/lib/clang") for f in files),
          "leaves /usr/lib/clang to libclang-common (no file conflict)")

    # The binaries from the package, where the dependency's resource dir is what the system has.
    root = tempfile.mkdtemp(prefix="tensorlife-deb-")
    try:
        check(run(["dpkg-deb", "-x", deb, root]).returncode == 0, "dpkg-deb -x succeeds")
        os.makedirs(os.path.join(root, "usr/lib/clang"))
        os.symlink(f"/usr/lib/clang/{major}", os.path.join(root, f"usr/lib/clang/{major}"))
        check_resource_dir(args, os.path.join(root, "usr/bin/tensorlife-tidy"),
                           os.path.join(root, "usr/lib/clang", major))
        check_tidy_on_sample(args, os.path.join(root, "usr/bin/tensorlife-tidy"))
    finally:
        shutil.rmtree(root)


def installed_tensorlife_packages():
    result = subprocess.run(["dpkg-query", "-W", "-f=${Package} ${Status}\n", "tensorlife-llvm*"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    return [line.split()[0] for line in result.stdout.splitlines() if "install ok installed" in line]


def case_deb_install(args):
    if os.geteuid() != 0:
        print("skipped: installing a package needs root")
        return SKIP
    if installed_tensorlife_packages():
        print(f"skipped: {' '.join(installed_tensorlife_packages())} is installed; "
              "this test would replace it")
        return SKIP
    package = f"tensorlife-llvm{args.major}"
    apt = ["apt-get", "-y", "-q", "--no-install-recommends", "-o", "DPkg::Lock::Timeout=300"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    try:
        check(run(apt + ["install", os.path.abspath(deb_path(args))], env=env).returncode == 0,
              f"apt-get install ./{os.path.basename(deb_path(args))} succeeds")
        check(installed_tensorlife_packages() == [package], f"{package} is installed")
        check(shutil.which("tensorlife-tidy") == "/usr/bin/tensorlife-tidy",
              "tensorlife-tidy is on PATH")
        check_resource_dir(args, "/usr/bin/tensorlife-tidy", f"/usr/lib/clang/{args.major}")
        check_tidy_on_sample(args, "/usr/bin/tensorlife-tidy")
        check_tidy_on_sample(args, args.distro_tidy, "/usr/lib/libTensorlifeTidy.so")
    finally:
        run(apt + ["remove", package], env=env)
    check(not installed_tensorlife_packages(), f"{package} is removed")
    check(not os.path.exists("/usr/bin/tensorlife-tidy"), "its files are gone")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("case")
    parser.add_argument("binary", nargs="?")
    parser.add_argument("tool", nargs="?")
    parser.add_argument("--build-dir")
    parser.add_argument("--prefix")
    parser.add_argument("--major", help="LLVM major of this build")
    parser.add_argument("--tensorlife-version")
    parser.add_argument("--llvm-version")
    parser.add_argument("--sample")
    parser.add_argument("--include", help="the bundled runtime's include directory")
    parser.add_argument("--filecheck")
    parser.add_argument("--distro-tidy", help="clang-tidy of this build's major")
    parser.add_argument("--tidy", help="guard: clang-tidy of another major")
    parser.add_argument("--plugin")
    parser.add_argument("--plugin-major")
    parser.add_argument("--host-major")
    args = parser.parse_args()
    for path in ["build_dir", "prefix", "sample", "include"]:
        if getattr(args, path):
            setattr(args, path, os.path.abspath(getattr(args, path)))
    cases = {"version": case_version, "guard": case_guard, "install": case_install,
             "deb-build": case_deb_build, "deb-contents": case_deb_contents,
             "deb-install": case_deb_install}
    if args.case not in cases:
        parser.error(f"unknown case '{args.case}' (one of {', '.join(cases)})")
    try:
        status = cases[args.case](args)
    except Failure as failure:
        print("FAIL: " + str(failure))
        return 1
    if status == SKIP:
        return SKIP
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
