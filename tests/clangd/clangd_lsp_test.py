#!/usr/bin/env python3
"""End-to-end tests of tensorlife-clangd over the Language Server Protocol, as an editor drives it:
one scenario per run, each on a fresh copy of fixture/ (no .clangd file: the tensorlife checks must
run without `FastCheckFilter`). Every scenario ends with the shutdown handshake and exit code 0.

usage: clangd_lsp_test.py --clangd BINARY --include RUNTIME_INCLUDE_DIR [--tidy BINARY]
                         [--scan BINARY --repo SOURCE_DIR] SCENARIO
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import traceback

from clangd_session import ClangdSession

BUG = "lifetime_bugs.cpp"
FIXED = "lifetime_fixed.cpp"
MALFORMED = "malformed_annotation.cpp"
FIXABLE = "fixable.cpp"

CLOSE = "tensorlife-use-after-close"
RELEASE = "tensorlife-use-after-release"
WARNING = 2  # LSP DiagnosticSeverity


def expected(code, span, message, notes=()):
    """One clang-tidy diagnostic as compared: LSP positions are 0-based (line, character), clangd
    capitalizes the first letter of every message, notes become relatedInformation."""
    return {"code": code, "severity": WARNING, "range": span, "message": message,
            "notes": list(notes)}


def span(line, start, end):
    return ((line, start), (line, end))


READ_AFTER_CLOSE = expected(
    CLOSE, span(10, 14, 17), "'out' is read after session 'sess' was closed",
    [(span(9, 2, 6), "Session 'sess' was closed here")])
READ_AFTER_RELEASE = expected(
    RELEASE, span(16, 14, 15), "'c' is read after its input 'a' was released",
    [(span(15, 2, 6), "'a' was released here")])


ARGS = None


class Failure(Exception):
    pass


def tidy_diagnostics(session, name, diagnostics):
    """The clang-tidy diagnostics in comparable form. Fails on any compiler error: a fixture that
    does not compile (e.g. a header not found) must not pass as 'no finding'."""
    errors = [d["message"] for d in diagnostics
              if d.get("severity") == 1 and d.get("source") != "clang-tidy"]
    if errors:
        raise Failure(f"{name} does not compile in clangd: {errors}")
    result = []
    for d in diagnostics:
        if d.get("source") != "clang-tidy":
            continue
        notes = []
        for info in d.get("relatedInformation", []):
            if info["location"]["uri"] != session.uri(name):
                raise Failure(f"note in another file: {info}")
            notes.append((as_span(info["location"]["range"]), info["message"]))
        result.append({"code": d.get("code"), "severity": d.get("severity"),
                       "range": as_span(d["range"]), "message": d["message"], "notes": notes})
    return result


def as_span(lsp_range):
    return tuple((lsp_range[end]["line"], lsp_range[end]["character"]) for end in ("start", "end"))


def expect_equal(what, actual, wanted):
    if actual != wanted:
        raise Failure(f"{what}:\n  expected {wanted}\n  got      {actual}")


def scenario_diagnostics_then_fix(session):
    """The buggy sample shows both findings, each with its note; the fix makes them disappear."""
    found = tidy_diagnostics(session, BUG, session.open(BUG))
    expect_equal("diagnostics of the buggy version", found, [READ_AFTER_CLOSE, READ_AFTER_RELEASE])
    fixed = tidy_diagnostics(session, BUG, session.change(BUG, 2, session.text(FIXED)))
    expect_equal("diagnostics after didChange to the fixed version", fixed, [])


def apply_edits(text, edits):
    """A list of LSP TextEdits applied to a text (positions in UTF-16 units; the fixture is ASCII)."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)

    def offset(position):
        return offsets[position["line"]] + position["character"]

    for edit in sorted(edits, key=lambda e: offset(e["range"]["start"]), reverse=True):
        start, end = offset(edit["range"]["start"]), offset(edit["range"]["end"])
        text = text[:start] + edit["newText"] + text[end:]
    return text


def tidy_fix(session, name):
    """What `tensorlife-tidy --fix` makes of the file, with the project's compile command."""
    work = tempfile.mkdtemp(prefix="tensorlife-fix-")
    try:
        copy = os.path.join(work, name)
        shutil.copy(session.root / name, copy)
        subprocess.run([ARGS.tidy, "--checks=-*,tensorlife-*", "--fix", copy, "--", "-std=c++17",
                        "-I" + os.path.abspath(ARGS.include)], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=300)
        with open(copy) as f:
            return f.read()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def scenario_quick_fix(session):
    """codeAction on the view's warning offers the fix-it as a quick fix, and its edit is the one
    --fix makes; the run after close has its advice as a note and no quick fix."""
    diagnostics = session.open(FIXABLE)
    found = tidy_diagnostics(session, FIXABLE, diagnostics)
    # clangd says "(fix available)" of a warning with a fix-it.
    expect_equal("warnings of the fixable file", sorted((d["code"], d["message"]) for d in found),
                 [(CLOSE, "Session 'sess' is run after it was closed"),
                  (RELEASE, "'pixels' is read after buffer 'buf' was destroyed (fix available)")])
    run = next(d for d in found if d["code"] == CLOSE)
    expect_equal("notes of the run after close", [n[1] for n in run["notes"]],
                 ["Session 'sess' was closed here", "Move the close after the last use, line 20"])
    tidy = [d for d in diagnostics if d.get("source") == "clang-tidy"]
    actions = {}
    for d in tidy:
        reply = session.client.request("textDocument/codeAction", {
            "textDocument": {"uri": session.uri(FIXABLE)}, "range": d["range"],
            "context": {"diagnostics": [d], "only": ["quickfix"]}}, 90)
        # Without codeActionLiteralSupport, clangd answers with clangd.applyFix commands.
        actions[d["code"]] = [a for a in reply or [] if a.get("command") == "clangd.applyFix"]
    expect_equal("quick fixes of the run after close", actions[CLOSE], [])
    if len(actions[RELEASE]) != 1:
        raise Failure(f"expected one quick fix for the view, got {actions[RELEASE]}")
    fix = actions[RELEASE][0]
    expect_equal("the quick fix's title", fix["title"], "Apply fix: insert '.clone()'")
    edits = fix["arguments"][0]["changes"][session.uri(FIXABLE)]
    fixed = apply_edits(session.text(FIXABLE), edits)
    if "tlrt::from_blob(buf).clone();" not in fixed:
        raise Failure(f"the quick fix does not make an owning copy:\n{fixed}")
    expect_equal("the quick fix's edit against --fix", fixed, tidy_fix(session, FIXABLE))


def scenario_nolint(session):
    """NOLINT(check) silences that check's finding on its line, and only that check's."""
    text = session.text(BUG)
    text = text.replace("tlrt::print(out);", f"tlrt::print(out); // NOLINT({CLOSE})")
    text = text.replace("tlrt::print(c);", f"tlrt::print(c); // NOLINT({CLOSE})")
    expect_equal("diagnostics with NOLINT", tidy_diagnostics(session, BUG, session.open(BUG, text)),
                 [READ_AFTER_RELEASE])


def enable_in_dot_clangd(root):
    (root / ".clang-tidy").unlink()
    (root / ".clangd").write_text(
        f"Diagnostics:\n  ClangTidy:\n    Add: [{CLOSE}, {RELEASE}]\n")


def scenario_enabled_in_dot_clangd(session):
    """Enabled in .clangd instead of .clang-tidy: the checks run, and clangd's validation of
    .clangd does not warn that their latency is unknown."""
    found = tidy_diagnostics(session, BUG, session.open(BUG))
    expect_equal("diagnostics with the checks enabled in .clangd", found,
                 [READ_AFTER_CLOSE, READ_AFTER_RELEASE])
    config_warnings = [d["message"] for p in session.published
                       if p["uri"] == session.uri(".clangd") for d in p["diagnostics"]]
    expect_equal("diagnostics of .clangd", config_warnings, [])


def scenario_malformed_annotation(session):
    """A fact tensorlife does not know is reported where it is written; the server keeps serving."""
    found = tidy_diagnostics(session, MALFORMED, session.open(MALFORMED))
    # Reported once, by whichever of the two checks analyses the function first.
    codes = [d.pop("code") for d in found]
    if len(codes) != 1 or codes[0] not in (CLOSE, RELEASE):
        raise Failure(f"expected one tensorlife diagnostic, got codes {codes}")
    expect_equal("diagnostics of the malformed annotation", found, [{
        "severity": WARNING, "range": span(3, 2, 7), "notes": [],
        "message": "Malformed annotation 'tensorlife::bogus(3)': unknown tensorlife fact 'bogus'"}])
    found = tidy_diagnostics(session, BUG, session.open(BUG))
    expect_equal("diagnostics of another file afterwards", found,
                 [READ_AFTER_CLOSE, READ_AFTER_RELEASE])


def invalid_check_option(root):
    (root / ".clang-tidy").write_text(
        f"Checks: '-*,tensorlife-*'\nCheckOptions:\n  {CLOSE}.SomeOption: [not, a, scalar]\n")


def scenario_invalid_check_option(session):
    """A .clang-tidy that clang-tidy rejects is reported in the server's log, naming the file and
    line; the server does not crash and still publishes diagnostics (without the checks it could
    not configure)."""
    found = tidy_diagnostics(session, BUG, session.open(BUG))
    expect_equal("diagnostics with a rejected .clang-tidy", found, [])
    config = session.root / ".clang-tidy"
    if f"tidy-config error at {config}:3:" not in session.log():
        raise Failure(f"no 'tidy-config error at {config}:3:' in the server log")


USER_MODEL = """{
  "schema_version": 1,
  "name": "app-wrapper",
  "types": [{"name": "app::InferenceSession", "role": "session"},
            {"name": "app::Prediction", "role": "tensor"}],
  "functions": [
    {"name": "app::InferenceSession::shutdown", "facts": ["close(this)"]},
    {"name": "app::InferenceSession::predict", "facts": ["run(this)", "result_borrows(this)"]},
    {"name": "app::show", "facts": ["read(0)"]}
  ]
}
"""


def with_model(text):
    """A project whose .clang-tidy points the checks at models/app.json holding `text`."""
    def configure(root):
        (root / "models").mkdir()
        (root / "models" / "app.json").write_text(text)
        (root / ".clang-tidy").write_text(
            "Checks: '-*,tensorlife-*'\nCheckOptions:\n  ModelFiles: models/app.json\n")
    return configure


def scenario_user_model(session):
    """A user model file named in the check options teaches the server a project's own API."""
    found = tidy_diagnostics(session, "user_model.cpp", session.open("user_model.cpp"))
    expect_equal("diagnostics with the user model", found, [expected(
        CLOSE, span(15, 12, 13), "'p' is read after session 'session' was closed",
        [(span(14, 2, 9), "Session 'session' was closed here")])])


def scenario_malformed_model(session):
    """A malformed model file is one visible error at the top of the file, naming the file and the
    JSON path; the server keeps serving, with the built-in models."""
    found = tidy_diagnostics(session, BUG, session.open(BUG))
    errors = [d for d in found if d["severity"] == 1]
    if len(errors) != 1 or errors[0]["range"][0] != (0, 0) or not errors[0]["message"].startswith(
            "Tensorlife: model file '") or "/functions/0/facts/0: unknown tensorlife fact 'closes'" \
            not in errors[0]["message"]:
        raise Failure(f"expected one model-file error at the top of the file, got {errors}")
    expect_equal("the findings besides the model error",
                 [d for d in found if d["severity"] != 1], [READ_AFTER_CLOSE, READ_AFTER_RELEASE])


# Helpers in other files (docs/scan.md): tests/scan/cross-unit, whose callers in src/main.cpp
# misuse what helpers defined in helpers/*.cpp did to their session.
CROSS_MAIN = "src/main.cpp"
CROSS_MODEL = ".tensorlife/summaries.json"


def cross_unit_project(with_model):
    """The project with the summaries exported by `tensorlife-scan --export-model` beside it, and
    a .clang-tidy that names them in ModelFiles (`with_model`) or does not."""
    def configure(root):
        (root / ".clang-tidy").write_text("Checks: '-*,tensorlife-*'\n")
        (root / CROSS_MODEL).parent.mkdir()
        scan = subprocess.run([ARGS.scan, "-p", str(root), "--root", str(root),
                               "--export-model", str(root / CROSS_MODEL),
                               "--json", str(root.parent / "scan.json"), "--format", "none",
                               "--progress", "none"], cwd=root, capture_output=True, text=True,
                              timeout=300)
        if scan.returncode != 1 or not (root / CROSS_MODEL).exists():
            raise Failure(f"tensorlife-scan found no bug or exported no model (exit "
                          f"{scan.returncode}):\n{scan.stderr}")
        if with_model:
            (root / ".clang-tidy").write_text(
                f"Checks: '-*,tensorlife-*'\nCheckOptions:\n  ModelFiles: '{CROSS_MODEL}'\n")
    return configure


def scan_findings(session, name):
    """The scan's findings in `name`, as tidy_diagnostics shows them (clangd capitalizes)."""
    with open(session.root.parent / "scan.json") as f:
        report = json.load(f)

    def at(p):
        return span(p["line"] - 1, p["column"] - 1, p["column"])

    def capitalized(m):
        return m[:1].upper() + m[1:]

    return [(f["check"], at(f)[0][0], capitalized(f["message"]),
             [(at(n)[0], capitalized(n["message"])) for n in f["notes"]])
            for f in report["findings"] if f["file"] == name]


def flagged(session, name):
    """The 0-based lines of `name` marked `// flagged`."""
    return [i for i, line in enumerate(session.text(name).split("\n"))
            if line.rstrip().endswith("// flagged")]


def scenario_cross_unit_model(session):
    """Given the exported summaries in ModelFiles, the server warns at each caller's use after a
    helper in another file closed, deleted or lent out its session, as the scan does."""
    found = tidy_diagnostics(session, CROSS_MAIN, session.open(CROSS_MAIN))
    got = [(d["code"], d["range"][0][0], d["message"], [(n[0][0], n[1]) for n in d["notes"]])
           for d in found]
    wanted = scan_findings(session, CROSS_MAIN)
    expect_equal("the scan's findings are on the flagged lines", [w[1] for w in wanted],
                 flagged(session, CROSS_MAIN))
    expect_equal("diagnostics of the callers with the exported model", got, wanted)


def scenario_cross_unit_no_model(session):
    """The same project without the summaries in ModelFiles: the helpers are opaque, no warning."""
    if not flagged(session, CROSS_MAIN):
        raise Failure(f"{CROSS_MAIN} marks no flagged line")
    expect_equal("diagnostics of the callers without the model",
                 tidy_diagnostics(session, CROSS_MAIN, session.open(CROSS_MAIN)), [])


SCENARIOS = {
    "diagnostics-then-fix": (scenario_diagnostics_then_fix, None),
    "nolint": (scenario_nolint, None),
    "quick-fix": (scenario_quick_fix, None),
    "enabled-in-dot-clangd": (scenario_enabled_in_dot_clangd, enable_in_dot_clangd),
    "malformed-annotation": (scenario_malformed_annotation, None),
    "invalid-check-option": (scenario_invalid_check_option, invalid_check_option),
    "user-model": (scenario_user_model, with_model(USER_MODEL)),
    "malformed-model": (scenario_malformed_model, with_model(
        '{"schema_version": 1, "name": "bad", "functions": '
        '[{"name": "app::close", "facts": ["closes(0)"]}]}\n')),
    "cross-unit-model": (scenario_cross_unit_model, cross_unit_project(with_model=True)),
    "cross-unit-no-model": (scenario_cross_unit_no_model, cross_unit_project(with_model=False)),
}
CROSS_UNIT_SCENARIOS = {"cross-unit-model", "cross-unit-no-model"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clangd", required=True)
    parser.add_argument("--include", required=True, help="the bundled runtime's include directory")
    parser.add_argument("--tidy", help="tensorlife-tidy, to compare quick fixes with --fix")
    parser.add_argument("--scan", help="tensorlife-scan, to export the summaries of cross-unit")
    parser.add_argument("--repo", help="the source tree, for tests/scan's projects")
    parser.add_argument("scenario", choices=sorted(SCENARIOS))
    global ARGS
    ARGS = args = parser.parse_args()

    run, configure = SCENARIOS[args.scenario]
    # The server runs in the project copy: paths must not depend on our working directory.
    if args.scenario in CROSS_UNIT_SCENARIOS:
        scan_tests = os.path.join(os.path.abspath(args.repo), "tests", "scan")
        session = ClangdSession(["include", os.path.join(scan_tests, "fixture", "include")],
                                configure, fixture=os.path.join(scan_tests, "cross-unit"))
    else:
        session = ClangdSession([os.path.abspath(args.include)], configure)
    try:
        session.start(os.path.abspath(args.clangd))
        run(session)
        status = session.shutdown()
        if status != 0:
            raise Failure(f"server exited with {status} after shutdown/exit")
        print(f"PASS: {args.scenario}")
        return 0
    except Exception:  # a failed expectation, a timeout or a dead server: all fail the test
        traceback.print_exc()
        print("---- server log ----\n" + session.log())
        return 1
    finally:
        session.close()


if __name__ == "__main__":
    sys.exit(main())
