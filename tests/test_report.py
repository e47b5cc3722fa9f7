# SPDX-License-Identifier: GPL-2.0
"""make report and make regressions from synthetic runs: the counts on the
page, the states, the since table, the diff rules, the mail text, and clear
failures on malformed or truncated results; and the runner's own JSON (file
and stream) against the schema, so that the two stay in agreement."""
import importlib
import json
import os
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from vmreport_helpers import (OUT, PYTHON, REGRESSIONS, REPORT, TOP, case, run_doc, synthetic_runs,
                              write_runs)
import ptcresults as pr


def run(script, *args):
    return subprocess.run([PYTHON, str(script)] + [str(a) for a in args], capture_output=True,
                          text=True, timeout=120)


class Cells(HTMLParser):
    """Collects elements carrying data-* attributes, with their text."""

    def __init__(self):
        super().__init__()
        self.found = []
        self.stack = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        entry = {"tag": tag, "attrs": a, "text": ""}
        self.stack.append(entry)
        if any(k.startswith("data-") for k in a):
            self.found.append(entry)

    def handle_endtag(self, tag):
        while self.stack:
            e = self.stack.pop()
            if e["tag"] == tag:
                break

    def handle_data(self, data):
        for e in self.stack:
            e["text"] += data


def parse(html):
    p = Cells()
    p.feed(html)
    return p.found


@pytest.fixture
def report(tmp_path):
    runs = synthetic_runs()
    results = write_runs(tmp_path / "results", runs)
    out = tmp_path / "report" / "index.html"
    p = run(REPORT, "--results", results, "--out", out)
    assert p.returncode == 0, p.stderr
    return runs, out.read_text(), tmp_path


def test_run_totals_match_results(report):
    runs, html, _ = report
    cells = parse(html)
    for label, doc in runs.items():
        for s in pr.STATES:
            shown = [c for c in cells if c["attrs"].get("data-run") == label
                     and c["attrs"].get("data-state") == s and c["tag"] == "td" and "n" in c["attrs"].get("class", "").split()]
            assert len(shown) == 1
            assert int(shown[0]["text"]) == sum(1 for c in doc["cases"] if c["result"] == s), (label, s)


def test_group_totals_match_results(report):
    runs, html, _ = report
    for c in parse(html):
        a = c["attrs"]
        if "data-group" in a and "data-count" in a:
            doc = runs[a["data-run"]]
            want = sum(1 for x in doc["cases"] if x["group"] == a["data-group"] and x["result"] == a["data-state"])
            assert int(a["data-count"]) == want


def test_matrix_states_and_marks(report):
    runs, html, _ = report
    rows = {c["attrs"]["data-case"]: c for c in parse(html) if c["tag"] == "tr" and "data-case" in c["attrs"]}
    assert set(rows) == {"attach.stops", "signal.inject", "syscall.info", "kill.oldbug", "errors.stale",
                         "perm.root"}
    # the waitid variant regressed: the cell shows the worst of the variants with a count
    assert "FAIL 1/2" in rows["attach.stops"]["text"]
    assert "unsupported (since 5.3)" in rows["syscall.info"]["text"]
    assert "XPASS: stale" in rows["kill.oldbug"]["text"] and rows["kill.oldbug"]["attrs"]["data-stale"] == "1"
    assert "man page stale" in rows["errors.stale"]["text"]
    assert rows["perm.root"]["attrs"]["data-results"] == "error skip timeout"
    # xfail links to its bug
    assert 'href="https://bugs.example/1"' in html


def test_since_table(report):
    _, html, _ = report
    cells = [c for c in parse(html) if "data-support" in c["attrs"]]
    got = {c["attrs"]["data-run"]: c["attrs"]["data-support"] for c in cells}
    assert got == {"host": "yes", "qemu-old": "no", "qemu-new": "yes"}
    assert 'data-feature="PTRACE_GET_SYSCALL_INFO"' in html


def test_vm_status_shown(report):
    _, html, _ = report
    assert "kernel log" in html and "boot 5.0s + suite 10.0s" in html


def test_no_ranking(report):
    _, html, _ = report
    assert not re.search(r"\bscore\b|\brank(ing)?\b(?! them)", html.lower().replace("no score ranks", ""))


def test_diff_rules():
    runs = synthetic_runs()
    d = pr.diff(runs["qemu-old"], runs["qemu-new"])
    kinds = [(k, n, a, b) for k, n, a, b, _, _ in d]
    assert kinds == [
        ("regression", "attach.stops.waitid", "pass", "fail"),
        ("fix", "errors.stale", "fail", "pass"),
        ("change", "perm.root", "timeout", "error"),
        ("change", "syscall.info", "unsupported", "pass"),
    ]
    assert pr.change_kind("pass", "unsupported") == "regression"
    assert pr.change_kind("skip", "fail") == "regression"
    assert pr.change_kind("xfail", "xpass") == "regression"
    assert pr.change_kind("error", "pass") == "fix"
    assert pr.change_kind("timeout", "error") == "change"
    assert pr.change_kind(None, "pass") == "change"


def test_regressions_text(tmp_path):
    runs = synthetic_runs()
    results = write_runs(tmp_path / "results", runs)
    p = run(REGRESSIONS, "--results", results, "qemu-old", "qemu-new")
    assert p.returncode == 0, p.stderr
    t = p.stdout
    assert t.startswith("Subject: ptrace-conformance: 1 regression from 6.1.0 to 6.12.0 (x86_64)")
    assert "old: qemu-old: Linux 6.1.0 x86_64, QEMU (TCG), tracee ABI native" in t
    assert "new: qemu-new: Linux 6.12.0 x86_64, QEMU (TCG)" in t
    assert "1. attach.stops: pass -> fail (waitid)" in t
    assert "Claim: claim of attach.stops" in t or "Claim: the claim of attach.stops" in t
    assert "attach.c:12: expected SIGSTOP" in t and "PTRACE_ATTACH(5, 0, 0) = 0" in t
    assert "Fix commit(s): deadbeef1234" in t
    assert "Reproduce: make vm-check KERNEL=6.12 RUNFLAGS=attach.stops.waitid" in t
    assert "Fixed\n-----\n  errors.stale: fail -> pass" in t
    assert "syscall.info: unsupported -> pass" in t
    assert all(len(line) < 200 for line in t.splitlines())
    p = run(REGRESSIONS, "--results", results, "--check", "qemu-old", "qemu-new")
    assert p.returncode == 1
    p = run(REGRESSIONS, "--results", results, "host", "host")
    assert p.returncode == 0 and "No regressions." in p.stdout


def test_renamed_case_pairs_with_its_old_name(tmp_path):
    """A results file from before a rename beside one from after: the
    case shows once, under its new name, with its old one."""
    renames = pr.renames()
    old = sorted(renames)[0]
    new = pr.final_name(old, renames)
    before = run_doc("before", "6.1.0", [case(old, "pass"), case("signal.inject", "pass")])
    after = run_doc("after", "6.1.0", [case(new, "fail"), case("signal.inject", "pass")])
    results = write_runs(tmp_path / "results", {"before": before, "after": after})
    p = run(REGRESSIONS, "--results", results, "before", "after")
    assert p.returncode == 0, p.stderr
    assert f"1. {new}: pass -> fail" in p.stdout
    assert f"(formerly {old})" in p.stdout
    assert "absent" not in p.stdout
    d = pr.diff(pr.load(str(Path(results) / "before")), pr.load(str(Path(results) / "after")))
    assert [(k, n) for k, n, *_ in d] == [("regression", new)]
    report_module = importlib.import_module("report")
    model = report_module.build_model(pr.load_all(results))
    ids = [c["id"] for c in model["cases"]]
    assert new in ids and old not in ids


def test_rename_map_names_real_cases():
    """Every name cases/renames leads to is a case, and no old name is one."""
    table = pr.renames()
    for old in table:
        new = pr.final_name(old, table)
        g, b = new.split(".")
        assert (TOP / "cases" / g / f"{b}.c").exists(), new
        g, b = old.split(".")
        assert not (TOP / "cases" / g / f"{b}.c").exists(), old


def test_renames_are_followed_to_the_last_name():
    run = run_doc("old", "6.1.0", [case("a.x", "pass", variant="waitid"), case("b.y", "fail")])
    pr.apply_renames(run, {"a.x": "c.x", "c.x": "d.x"})
    assert [(c["name"], c.get("renamed_from")) for c in run["cases"]] == [
        ("d.x.waitid", "a.x.waitid"), ("b.y", None)]


def test_rename_map_bad_line(tmp_path):
    bad = tmp_path / "renames"
    bad.write_text("# fine\nyama.x permissions.yama-x\nonly-one-word\n")
    with pytest.raises(pr.ResultsError, match=r"renames:3: expected"):
        pr.read_renames(str(bad))


def test_regressions_host_reproduce(tmp_path):
    runs = synthetic_runs()
    new = run_doc("host-new", "6.19.0", [case("signal.inject", "fail", diagnostics=["x"])])
    results = write_runs(tmp_path / "r", {"host": runs["host"], "host-new": new})
    p = run(REGRESSIONS, "--results", results, "host", str(Path(results) / "host-new" / "results.json"))
    assert "Reproduce: make check RUNFLAGS=signal.inject" in p.stdout


def test_regressions_bad_arguments(tmp_path):
    results = write_runs(tmp_path / "r", synthetic_runs())
    p = run(REGRESSIONS, "--results", results, "qemu-old", "nope")
    assert p.returncode == 2 and "no run 'nope'" in p.stderr and "qemu-new" in p.stderr
    assert "Traceback" not in p.stderr
    p = run(REGRESSIONS, "--results", results, "", "")
    assert p.returncode == 2 and "OLD=" in p.stderr


# ---- malformed and truncated results -------------------------------------------------------------

def broken_cases():
    good = json.dumps(synthetic_runs()["qemu-old"], indent=1)
    doc = json.loads(good)
    bad_state = json.loads(good)
    bad_state["cases"][1]["result"] = "passed"
    missing = json.loads(good)
    del missing["run"]["label"]
    wrong_type = json.loads(good)
    wrong_type["cases"] = {"a": 1}
    return {
        "empty": ("", "the file is empty"),
        "truncated": (good[: len(good) // 2], "not valid JSON at line"),
        "cut-at-end": (good[:-3], "truncated"),
        "not-json": ("<html>oops</html>", "not valid JSON"),
        "bad-state": (json.dumps(bad_state), 'cases[1].result: "passed" is not one of pass, fail'),
        "missing-field": (json.dumps(missing), 'run: missing "label"'),
        "wrong-type": (json.dumps(wrong_type), "cases: expected array"),
        "not-object": ("[1, 2]", "expected object"),
        "bad-schema": (json.dumps({**doc, "schema": "other/9"}), 'schema: expected "ptrace-conformance-results/1"'),
    }


@pytest.mark.parametrize("which", sorted(broken_cases()))
def test_malformed_results_are_named(tmp_path, which):
    text, message = broken_cases()[which]
    results = write_runs(tmp_path / "results", {"host": synthetic_runs()["host"]})
    bad = Path(results) / "broken"
    bad.mkdir()
    (bad / "results.json").write_text(text)
    for script, args in ((REPORT, ["--results", results, "--out", tmp_path / "x.html"]),
                         (REGRESSIONS, ["--results", results, "host", "broken"])):
        p = run(script, *args)
        assert p.returncode != 0
        assert str(bad / "results.json") in p.stderr, p.stderr
        assert message in p.stderr, p.stderr
        assert "Traceback" not in p.stderr
    assert not (tmp_path / "x.html").exists()


def test_no_runs_at_all(tmp_path):
    p = run(REPORT, "--results", tmp_path / "none", "--out", tmp_path / "x.html")
    assert p.returncode == 1 and "no runs" in p.stderr and "make check" in p.stderr


def test_duplicate_labels(tmp_path):
    runs = synthetic_runs()
    results = write_runs(tmp_path / "r", {"host": runs["host"], "copy": runs["host"]})
    p = run(REPORT, "--results", results, "--out", tmp_path / "x.html")
    assert p.returncode == 1 and "label 'host' is also used by" in p.stderr


# ---- the runner and the schema agree ------------------------------------------------------------

RUNNER = OUT / "bin" / "ptc-run"
CASES = OUT / "build" / "native" / "cases"


@pytest.mark.skipif(not RUNNER.exists() or not CASES.exists(), reason="needs make first")
def test_result_states_defined_once():
    """ptcresults.py defines the states; the schema and the runner (C) hold
    copies that must agree with it, and the page's script reads the model."""
    schema = pr.schema()
    assert schema["definitions"]["case"]["properties"]["result"]["enum"] == pr.STATES
    assert [p for p in schema["properties"]["totals"]["required"]] == pr.STATES
    assert sorted(pr.SEVERITY) == sorted(pr.STATES) and set(pr.WORD) == set(pr.STATES)
    assert pr.BAD <= set(pr.STATES)
    c_src = (TOP / "harness" / "result.c").read_text()
    assert sorted(re.findall(r'\[RESULT_\w+\] = "([a-z]+)"', c_src)) == sorted(pr.STATES)
    c_bad = re.search(r"bool result_is_unexpected\(enum result r\)\s*{\s*return ([^;]*);", c_src).group(1)
    assert {n.lower() for n in re.findall(r"RESULT_(\w+)", c_bad)} == pr.BAD
    js = (TOP / "reports" / "report.js").read_text()
    assert '"xpass"' not in js and "timeout: 1" not in js


def test_runner_json_and_stream_follow_the_schema(tmp_path):
    res = tmp_path / "res"
    stream = tmp_path / "stream"
    p = subprocess.run([str(RUNNER), "--cases", str(CASES), "--results", str(res), "--stream", str(stream),
                        "--label", "t", "attach", "signal"], capture_output=True, text=True, timeout=300)
    assert p.returncode in (0, 1), p.stderr
    doc = pr.load(str(res))                       # validates against the schema
    kinds = {}
    schema = pr.schema()
    for line in stream.read_text().splitlines():
        assert line.startswith("@ptc ")
        kind, _, payload = line[5:].partition(" ")
        obj = json.loads(payload)
        kinds[kind] = kinds.get(kind, 0) + 1
        if kind in ("start", "case"):
            pr.validate(obj, schema["definitions"]["case"], schema)
    n = len(doc["cases"])
    assert kinds == {"head": 1, "start": n, "case": n, "tail": 1}
    # the stream holds what the file holds
    cases = [json.loads(l[10:]) for l in stream.read_text().splitlines() if l.startswith("@ptc case ")]
    assert sorted(c["name"] for c in cases) == sorted(c["name"] for c in doc["cases"])
    by = {c["name"]: c for c in doc["cases"]}
    for c in cases:
        assert {k: v for k, v in c.items() if k != "duration_ms"} == \
            {k: v for k, v in by[c["name"]].items() if k != "duration_ms"}


LIBPTC = OUT / "build" / "native" / "libptc.a"

UNSUPPORTED_CASE = r'''
// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
PTC_CASE(.claim = "reports a request the kernel lacks")
{
	PTC_REFUSED(PTC_FEAT_SET_SYSCALL_INFO, EIO);
}
'''


@pytest.mark.skipif(not RUNNER.exists() or not LIBPTC.exists(), reason="needs make first")
def test_unsupported_result_names_its_feature(tmp_path):
    """The runner reads the request out of the harness's unsupported reason:
    the "since" table depends on it."""
    src = tmp_path / "u.c"
    src.write_text(UNSUPPORTED_CASE)
    (tmp_path / "cases" / "fx").mkdir(parents=True)
    exe = tmp_path / "cases" / "fx" / "unsupported"
    p = subprocess.run(["cc", "-std=gnu11", "-D_GNU_SOURCE", f"-I{TOP}/harness", f"-I{TOP}/helpers",
                        "-DPTC_NAME=\"fx.unsupported\"", "-o", str(exe), str(src), str(LIBPTC), "-lpthread"],
                       capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    cfg = tmp_path / "config"
    cfg.write_text("# CONFIG_HAVE_ARCH_TRACEHOOK is not set\n")
    p = subprocess.run([str(RUNNER), "--cases", str(tmp_path / "cases"), "--results", str(tmp_path / "r"),
                        "--kconfig", str(cfg)], capture_output=True, text=True, timeout=60)
    c = pr.load(str(tmp_path / "r"))["cases"][0]
    assert c["result"] == "unsupported"
    assert c["feature"] == "PTRACE_SET_SYSCALL_INFO"
    assert "built without CONFIG_HAVE_ARCH_TRACEHOOK" in c["reason"]


def test_run_table_shows_platform_facts(tmp_path):
    """What the machine lacked and the kernel config used are in the run
    table; a run written before platform facts existed still renders."""
    runs = synthetic_runs()
    runs["host"]["platform"] = {
        "arch": "x86_64", "tracee_arch": "x86_64", "page_size": 4096,
        "kernel_config": {"source": "/proc/config.gz", "options": 1700, "note": ""},
        "facts": {"hw-breakpoint": {"state": "no", "detail": "counted 0 of 10 writes", "given": False},
                  "int80": {"state": "yes", "detail": "returned the pid", "given": False}}}
    runs["qemu-old"]["platform"] = dict(runs["host"]["platform"], kernel_config={
        "source": None, "options": 0, "note": "neither /proc/config.gz nor /boot/config-x is readable"})
    runs["qemu-old"]["platform"]["facts"] = {}
    out = tmp_path / "index.html"
    p = run(REPORT, "--results", write_runs(tmp_path / "results", runs), "--out", out)
    assert p.returncode == 0, p.stderr
    page = out.read_text()
    assert "no hw-breakpoint<br><span class=\"note\">config: /proc/config.gz" in page
    assert "hw-breakpoint: no (counted 0 of 10 writes)" in page
    assert "no kernel config" in page and "neither /proc/config.gz" in page
    assert "not recorded" in page      # qemu-new: written before platform facts
