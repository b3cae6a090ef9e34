#!/usr/bin/env python3
"""The HTML report of tensorlife-scan (--html DIR), rendered in headless Chromium.

Each case scans a project generated at test time, renders the pages in the real browser
(`chromium --headless --dump-dom`, scripts run), parses the rendered DOM and checks it against the
JSON report of the same scan: every finding's message and notes, each on its line with its
numbered steps, every link resolving, no external resource, source text shown as text.

usage: html_report_test.py --scan BIN --chromium BIN --repo DIR --work DIR CASE
"""
import argparse
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from harness import Cases, check, run  # noqa: E402

ARGS = None
CASES = Cases()
case = CASES.case


def fresh_dir(name):
    path = os.path.join(ARGS.work, name)
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path


def database(build, sources, include):
    os.makedirs(build, exist_ok=True)
    entries = [{"directory": build, "file": s,
                "arguments": ["c++", "-std=c++17", "-I" + include, "-c", s, "-o", "x.o"]}
               for s in sources]
    with open(os.path.join(build, "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=1)


def scan_samples(work, *extra):
    """Scans samples/*.cpp with --json and --html; returns (report, html dir)."""
    samples = sorted(os.path.join(ARGS.repo, "samples", f)
                     for f in os.listdir(os.path.join(ARGS.repo, "samples")) if f.endswith(".cpp"))
    build = os.path.join(work, "build")
    database(build, samples, os.path.join(ARGS.repo, "runtime-model", "include"))
    out = os.path.join(work, "html")
    report = os.path.join(work, "report.json")
    run([ARGS.scan, "-p", build, "--root", ARGS.repo, "--json", report, "--html", out,
         "--format", "none", "--progress", "none", *extra], expect=1)
    with open(report) as f:
        return json.load(f), out


# ---------------------------------------------------------------------------------------------
# The browser and the rendered DOM

class Element:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self):
        yield self
        for c in self.children:
            if isinstance(c, Element):
                yield from c.walk()

    def find_all(self, tag=None, cls=None):
        return [e for e in self.walk() if (tag is None or e.tag == tag) and
                (cls is None or cls in e.attrs.get("class", "").split())]

    def by_id(self, ident):
        return next((e for e in self.walk() if e.attrs.get("id") == ident), None)


VOID = {"meta", "br", "input", "img", "link", "hr", "col", "wbr", "source", "area", "base"}


class DomBuilder(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = self.current = Element("#document", {}, None)

    def handle_starttag(self, tag, attrs):
        e = Element(tag, attrs, self.current)
        self.current.children.append(e)
        if tag not in VOID:
            self.current = e

    def handle_endtag(self, tag):
        e = self.current
        while e is not None and e.tag != tag:
            e = e.parent
        if e is not None and e.parent is not None:
            self.current = e.parent

    def handle_data(self, data):
        self.current.children.append(data)


RENDER_SECONDS = []


def render(path, fragment=""):
    """The DOM of a page after Chromium loaded it and ran its scripts."""
    check(ARGS.chromium and os.path.exists(ARGS.chromium),
          f"chromium not found ({ARGS.chromium!r}): scripts/setup installs it")
    profile = tempfile.mkdtemp(prefix="tl-chromium-")
    url = "file://" + urllib.parse.quote(os.path.abspath(path)) + fragment
    try:
        start = time.monotonic()
        p = subprocess.run([ARGS.chromium, "--headless", "--no-sandbox", "--disable-gpu",
                            "--disable-quic", "--no-first-run", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync",
                            "--user-data-dir=" + profile, "--dump-dom", url],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=120)
        RENDER_SECONDS.append(time.monotonic() - start)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    check(p.returncode == 0 and "<html" in p.stdout,
          f"chromium could not render {url} (exit {p.returncode}):\n{p.stderr[-2000:]}")
    builder = DomBuilder()
    builder.feed(p.stdout)
    return builder.root


def squash(text):
    return " ".join(text.split())


def check_self_contained(dom, page):
    for e in dom.walk():
        check("src" not in e.attrs, f"{page}: <{e.tag}> loads {e.attrs.get('src')!r}")
        check(not (e.tag == "link" and "href" in e.attrs), f"{page}: <link> to {e.attrs.get('href')!r}")
    csp = [e for e in dom.find_all("meta") if e.attrs.get("http-equiv") == "Content-Security-Policy"]
    check(csp and "default-src 'none'" in csp[0].attrs["content"], f"{page}: no blocking CSP")


def check_links(doms):
    """Every link of every page points at an existing page and an existing id in it."""
    for page, dom in doms.items():
        for a in dom.find_all("a"):
            href = a.attrs.get("href", "")
            check(not href.startswith(("http:", "https:", "//")), f"{page}: external link {href}")
            target, _, ident = href.partition("#")
            target = os.path.normpath(os.path.join(os.path.dirname(page), urllib.parse.unquote(target))) \
                if target else page
            check(target in doms, f"{page}: link {href!r} to a page that does not exist")
            if ident:
                check(doms[target].by_id(ident) is not None, f"{page}: link {href!r}: no id {ident!r}")


def check_fix_diff(report, f, i, doms, index_row_text):
    """A finding with a fix-it shows it as a diff under its warning: the lines it changes, before
    and after the edits of the JSON report."""
    bubble = next(d.by_id(f"f{i}s{len(f['notes']) + 1}") for p, d in doms.items()
                  if d.by_id(f"f{i}s{len(f['notes']) + 1}") is not None and not p.endswith("index.html"))
    diffs = bubble.parent.find_all("pre", "diff")
    mine = [d for d in diffs if d.attrs.get("data-finding") == str(i)]
    if not f["fixes"]:
        check(not mine, f"finding {i} has no fix-it but shows a diff")
        return
    check(len(mine) == 1, f"finding {i} has a fix-it but shows {len(mine)} diffs")
    check("fix-it" in index_row_text, f"index row {i} does not say it has a fix-it")
    with open(os.path.join(report["root"], f["fixes"][0]["file"]), encoding="utf-8") as src:
        content = src.read()
    fixed = content
    for e in sorted(f["fixes"], key=lambda e: -e["offset"]):
        fixed = fixed[:e["offset"]] + e["text"] + fixed[e["offset"] + e["length"]:]
    first = f["fixes"][0]
    line_start = content.rfind("\n", 0, first["offset"]) + 1
    old_line = content[line_start:content.find("\n", line_start)]
    new_line = fixed[line_start:fixed.find("\n", line_start)]
    text = mine[0].text()
    check(f"- {old_line}\n" in text and f"+ {new_line}\n" in text,
          f"finding {i}: the diff does not show {old_line!r} -> {new_line!r}:\n{text}")


def render_all(out):
    doms = {}
    for dirpath, _, files in os.walk(out):
        for f in files:
            if f.endswith(".html"):
                doms[os.path.normpath(os.path.join(dirpath, f))] = render(os.path.join(dirpath, f))
    return doms


def check_report(report, out, doms):
    """The rendered pages show every finding of the JSON report, with its notes, on its line."""
    index = doms[os.path.join(out, "index.html")]
    check_self_contained(index, "index.html")
    rows = index.by_id("findings").find_all("tbody")[0].find_all("tr")
    check(len(rows) == len(report["findings"]),
          f"index lists {len(rows)} findings, the JSON report {len(report['findings'])}")
    by_file = {}
    for row in index.by_id("by-file").find_all("tr")[1:]:
        cells = row.find_all("td")
        by_file[squash(cells[0].text())] = int(cells[1].text())
    for i, (f, row) in enumerate(zip(report["findings"], rows), 1):
        text = squash(row.text())
        check(f["message"] in text and f["check"] in text, f"index row {i}: {text!r} lacks {f['message']!r}")
        for n in f["notes"]:
            check(f"{n['file']}:{n['line']}:{n['column']}: {n['message']}" in text,
                  f"index row {i} lacks note {n['message']!r}")
        link = row.find_all("a")[0].attrs["href"]
        page_path = os.path.normpath(os.path.join(out, link.partition("#")[0]))
        check(page_path in doms, f"finding {i} links to a missing page {link}")
        steps = f["notes"] + [f]
        for k, step in enumerate(steps, 1):
            page = next(p for p, d in doms.items() if d.by_id(f"f{i}s{k}") is not None
                        and p != os.path.join(out, "index.html"))
            dom = doms[page]
            check_self_contained(dom, page)
            check(squash(dom.find_all("h1")[0].text()) == step["file"],
                  f"step {k} of finding {i} is on the page of {dom.find_all('h1')[0].text()!r}")
            bubble = dom.by_id(f"f{i}s{k}")
            btext = squash(bubble.text())
            check(step["message"] in btext, f"bubble f{i}s{k} lacks {step['message']!r}: {btext!r}")
            check(bubble.find_all("span", "finding")[0].text() == f"#{i}" and
                  bubble.find_all("span", "step")[0].text() == str(k),
                  f"bubble f{i}s{k} is not numbered #{i} step {k}: {btext!r}")
            check(("warning" if k == len(steps) else "note") in bubble.attrs["class"],
                  f"bubble f{i}s{k} has class {bubble.attrs['class']!r}")
            # The bubble is drawn under its line, and that line is the one the scan saw.
            events = bubble.parent
            while events.tag != "tr":
                events = events.parent
            table = events.parent
            siblings = [c for c in table.children if isinstance(c, Element)]
            line = siblings[siblings.index(events) - 1]
            check(line.attrs.get("id") == f"L{step['line']}",
                  f"bubble f{i}s{k} is under {line.attrs.get('id')}, not L{step['line']}")
            src = line.find_all("td", "src")[0].text()
            check(src == step["line_text"], f"line {step['line']} shows {src!r}, not {step['line_text']!r}")
        check(by_file.get(f["file"], 0) > 0, f"totals per file lack {f['file']}")
        check_fix_diff(report, f, i, doms, text)
    check_links(doms)


# ---------------------------------------------------------------------------------------------
# Cases

@case
def samples():
    work = fresh_dir("samples")
    report, out = scan_samples(work)
    check(report["findings"], "the samples have findings")
    doms = render_all(out)
    check_report(report, out, doms)
    index = doms[os.path.join(out, "index.html")]
    by_check = {squash(r.find_all("td")[0].text()): int(r.find_all("td")[1].text())
                for r in index.by_id("by-check").find_all("tr")[1:]}
    expected = {}
    for f in report["findings"]:
        expected[f["check"]] = expected.get(f["check"], 0) + 1
    check(by_check == expected, f"totals per check {by_check}, expected {expected}")
    check("8 findings" in squash(index.by_id("summary").text()) or
          f"{len(report['findings'])} findings" in squash(index.by_id("summary").text()),
          "the summary counts the findings")
    check(index.by_id("failed-units") is None, "no unit failed, none is listed")
    check(index.by_id("conflicts") is None, "no summary conflict, no such section")
    # Light syntax highlighting: keywords, comments and literals in spans of their own.
    page = next(d for p, d in doms.items() if p.endswith("close_then_run_bug.cpp.html"))
    check(any(s.text() == "int" for s in page.find_all("span", "k")), "keyword not highlighted")
    check(any(s.text().startswith("// Graph mode") for s in page.find_all("span", "c")),
          "comment not highlighted")
    check(any(s.text() == '"tlrt/tlrt.h"' or s.text().startswith("#include") for s in
              page.find_all("span", "p")), "directive not highlighted")
    print(f"rendered {len(doms)} pages; chromium took {sum(RENDER_SECONDS):.1f}s "
          f"({max(RENDER_SECONDS):.1f}s the slowest); report size "
          f"{sum(os.path.getsize(p) for p in doms)} bytes")


PAYLOAD = "</script><script>document.body.setAttribute('data-pwned','1')</script>"
IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">"


@case
def escaping():
    """Source text, file names and everything else from the scan is shown as text."""
    work = fresh_dir("escaping")
    src = os.path.join(work, "src")
    os.makedirs(src)
    name = os.path.join(src, "a&b<i>x'.cpp")
    with open(name, "w") as f:
        f.write(f"""// {PAYLOAD}
// {IMG}
#include "tlrt/tlrt.h"
const char *text = "{PAYLOAD.replace('"', "'")}";
int main() {{
  tlrt::Graph g;
  tlrt::Node x = g.constant({{1, 2}});
  tlrt::Session sess(g);
  tlrt::Tensor out = sess.run(x); /* {IMG} */
  sess.close();
  tlrt::print(out); // {PAYLOAD}
  return 0;
}}
""")
    database(os.path.join(work, "build"), [name], os.path.join(ARGS.repo, "runtime-model", "include"))
    out = os.path.join(work, "html")
    report = os.path.join(work, "report.json")
    run([ARGS.scan, "-p", os.path.join(work, "build"), "--root", work, "--json", report, "--html",
         out, "--format", "none", "--progress", "none"], expect=1)
    with open(report) as f:
        rep = json.load(f)
    check(len(rep["findings"]) == 1, f"one finding expected: {rep['findings']}")
    doms = render_all(out)
    check_report(rep, out, doms)
    for page, dom in doms.items():
        body = dom.find_all("body")[0]
        check("data-pwned" not in body.attrs, f"{page}: an injected script ran")
        check(not dom.find_all("img") and not dom.find_all("i"), f"{page}: source became markup")
        scripts = dom.find_all("script")
        check(len(scripts) == (1 if page.endswith("index.html") else 0),
              f"{page}: {len(scripts)} script elements")
    page = next(d for p, d in doms.items() if not p.endswith("index.html"))
    text = page.find_all("table")[0].text()
    check(PAYLOAD in text and IMG in text, "the payload is not shown as text")
    check(squash(page.find_all("h1")[0].text()) == "src/a&b<i>x'.cpp", "file name not shown as text")


@case
def baseline_filter_sort():
    """New and known findings with --baseline, in a merge too; filters and sorting in the browser."""
    work = fresh_dir("baseline")
    report, _ = scan_samples(work)
    known = [f for f in report["findings"] if "use-after-close" in f["check"]][:2]
    base = dict(report, findings=known)
    base_path = os.path.join(work, "baseline.json")
    with open(base_path, "w") as f:
        json.dump(base, f)
    out = os.path.join(work, "merged")
    run([ARGS.scan, "merge", os.path.join(work, "report.json"), "--baseline", base_path,
         "--html", out, "--format", "none"], expect=1)
    index_path = os.path.join(out, "index.html")
    index = render(index_path)
    rows = index.by_id("findings").find_all("tbody")[0].find_all("tr")
    check(len(rows) == len(report["findings"]), "the merged index lists every finding")
    status = {r.attrs["id"]: r.attrs["data-status"] for r in rows}
    known_ids = {f"finding-{report['findings'].index(k) + 1}" for k in known}
    check({i for i, s in status.items() if s == "baseline"} == known_ids,
          f"baseline findings {status}, expected {known_ids}")
    new = len(rows) - len(known)
    check(f"({new} new, {len(known)} in the baseline)" in squash(index.by_id("summary").text()),
          f"summary: {squash(index.by_id('summary').text())!r}")

    def visible(dom):
        return [r for r in dom.by_id("findings").find_all("tbody")[0].find_all("tr")
                if "hidden" not in r.attrs]

    shown = visible(render(index_path, "#status=new"))
    check(len(shown) == new and all(r.attrs["data-status"] == "new" for r in shown),
          f"status=new shows {len(shown)} rows")
    close = "tensorlife-use-after-close"
    dom = render(index_path, "#check=" + close)
    check({r.attrs["data-check"] for r in visible(dom)} == {close}, "check filter")
    check(squash(dom.by_id("shown").text()) ==
          f"{sum(f['check'] == close for f in report['findings'])} of {len(rows)} shown", "count shown")
    one = report["findings"][0]["file"]
    shown = visible(render(index_path, "#file=" + urllib.parse.quote(one)))
    check(len(shown) == sum(f["file"] == one for f in report["findings"]), "file filter")
    shown = visible(render(index_path, "#text=" + urllib.parse.quote("was released")))
    check(shown and all("was released" in r.text() for r in shown), "text filter")
    dom = render(index_path, "#sort=line&order=desc")
    lines = [int(r.find_all("td")[4].text()) for r in visible(dom)]
    check(lines == sorted(lines, reverse=True) and lines != sorted(lines),
          f"sort by line, descending: {lines}")


@case
def failed_units():
    """Units that were not analysed are listed with why."""
    work = fresh_dir("failed")
    src = os.path.join(work, "broken.cpp")
    with open(src, "w") as f:
        f.write("int main() { return undeclared_name; }\n")
    good = os.path.join(ARGS.repo, "samples", "close_then_run_bug.cpp")
    database(os.path.join(work, "build"), [src, good],
             os.path.join(ARGS.repo, "runtime-model", "include"))
    out = os.path.join(work, "html")
    run([ARGS.scan, "-p", os.path.join(work, "build"), "--root", work, "--html", out,
         "--format", "none", "--progress", "none"], expect=1)
    index = render(os.path.join(out, "index.html"))
    failed = index.by_id("failed-units")
    check(failed is not None, "no table of failed units")
    rows = failed.find_all("tbody")[0].find_all("tr")
    check(len(rows) == 1, f"{len(rows)} failed units listed")
    text = squash(rows[0].text())
    check("broken.cpp" in text and "failed_to_parse" in text and "undeclared_name" in text,
          f"failed unit row: {text!r}")
    check("1 not analysed" in squash(index.by_id("summary").text()), "summary counts the failure")


def check_conflicts(report, index, page):
    """The index lists each function with conflicting summaries, every definition with its
    summary, and its summary line links there."""
    conflicts = report["cross_unit"]["conflicts"]
    table = index.by_id("summary-conflicts")
    check(table is not None, f"{page}: no table of summary conflicts")
    rows = table.find_all("tbody")[0].find_all("tr")
    check(len(rows) == len(conflicts), f"{page}: {len(rows)} conflicts listed, {len(conflicts)} in JSON")
    for c, row in zip(conflicts, rows):
        cells = row.find_all("td")
        check(squash(cells[0].text()) == f"{c['name']}({', '.join(c['params'])})",
              f"{page}: conflict row names {cells[0].text()!r}")
        definitions = [squash(li.text()) for li in cells[1].find_all("li")]
        check(definitions == [f"{d['source']}: {', '.join(d['facts']) or '(no fact on every path)'}"
                              for d in c["definitions"]], f"{page}: definitions {definitions}")
    summary = index.by_id("summary")
    link = [a for a in summary.find_all("a") if a.attrs.get("href") == "#conflicts"]
    check(link and squash(link[0].text()) == f"{len(conflicts)} function"
          f"{'' if len(conflicts) == 1 else 's'} with conflicting summaries",
          f"{page}: summary {squash(summary.text())!r}")


@case
def cross_unit_conflicts():
    """Two definitions of one helper with different summaries (tests/scan/cross-unit plus a second
    app::teardown that does not close): the scan's index and a merge's list the conflict."""
    work = fresh_dir("cross-unit-conflicts")
    root = os.path.join(work, "project")
    shutil.copytree(os.path.join(ARGS.repo, "tests", "scan", "cross-unit"), root)
    with open(os.path.join(root, "helpers", "teardown2.cpp"), "w") as f:
        f.write('#include "helpers.h"\nnamespace app {\nvoid teardown(mini::Session &s) {}\n}\n')
    sources = sorted(os.path.join(d, f) for d, _, files in os.walk(root) for f in files
                     if f.endswith(".cpp"))
    build = os.path.join(root, "build")
    os.makedirs(build)
    includes = ["-I" + os.path.join(root, "include"),
                "-I" + os.path.join(ARGS.repo, "tests", "scan", "fixture", "include")]
    with open(os.path.join(build, "compile_commands.json"), "w") as f:
        json.dump([{"directory": build, "file": s,
                    "arguments": ["c++", "-std=c++17", *includes, "-c", s, "-o", "x.o"]}
                   for s in sources], f, indent=1)
    out = os.path.join(work, "html")
    report_path = os.path.join(work, "report.json")
    run([ARGS.scan, "-p", build, "--root", root, "--json", report_path, "--html", out,
         "--format", "none", "--progress", "none"], expect=1)
    with open(report_path) as f:
        report = json.load(f)
    check([c["name"] for c in report["cross_unit"]["conflicts"]] == ["app::teardown"],
          f"one conflict in the JSON report: {report['cross_unit']['conflicts']}")
    doms = render_all(out)
    check_report(report, out, doms)
    check_conflicts(report, doms[os.path.join(out, "index.html")], "scan")
    merged = os.path.join(work, "merged")
    run([ARGS.scan, "merge", report_path, "--html", merged, "--format", "none"], expect=1)
    check_conflicts(report, render(os.path.join(merged, "index.html")), "merge")


@case
def bad_output():
    """An --html that cannot be written is an error before any analysis, and nothing is half written."""
    work = fresh_dir("bad-output")
    build = os.path.join(work, "build")
    database(build, [os.path.join(ARGS.repo, "samples", "alias_bug.cpp")],
             os.path.join(ARGS.repo, "runtime-model", "include"))
    a_file = os.path.join(work, "file")
    open(a_file, "w").close()
    for target, words in [(a_file, "is not a directory"), (os.path.join(a_file, "sub"), "cannot create")]:
        p = run([ARGS.scan, "-p", build, "--html", target, "--format", "none", "--progress", "none"],
                expect=2)
        check(words in p.stderr and "--html" in p.stderr, f"unclear error: {p.stderr!r}")
    p = run([ARGS.scan, "-p", build, "--html"], expect=2)
    check("needs a value" in p.stderr, p.stderr)
    p = run([ARGS.scan, "merge", os.path.join(work, "missing.json"), "--html", os.path.join(work, "h")],
            expect=2)
    check(not os.path.exists(os.path.join(work, "h", "index.html")), "index written for a failed merge")


def main():
    global ARGS
    parser = argparse.ArgumentParser()
    parser.add_argument("--scan", required=True)
    parser.add_argument("--chromium", default="")
    parser.add_argument("--repo", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("case", choices=sorted(CASES))
    ARGS = parser.parse_args()
    os.makedirs(ARGS.work, exist_ok=True)
    return CASES.run(ARGS.case)


if __name__ == "__main__":
    sys.exit(main())
