# SPDX-License-Identifier: GPL-2.0
"""The report in a real browser (Debian's chromium, headless): no script
errors, the counts it shows match the results, and the filter box, the diff
selectors and the detail view work. A driver script added to a copy of the
page types into the controls the way a user does (set the value, fire the
event) and writes what the page then shows into the DOM, which chromium
dumps."""
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from vmreport_helpers import PYTHON, REPORT, synthetic_runs, write_runs
import ptcresults as pr

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(not CHROMIUM, reason="needs chromium (apt-get install chromium)")

DRIVER = r"""
<script>
(function () {
  function rows() {
    return Array.prototype.filter.call(document.querySelectorAll("#matrix-table tbody tr"),
      function (r) { return !r.classList.contains("hidden"); }).map(function (r) { return r.getAttribute("data-case"); });
  }
  function go() {
    if (document.body.getAttribute("data-ready") !== "1") { setTimeout(go, 20); return; }
    var out = { ready: true, errors: document.body.getAttribute("data-script-errors") || "0", filter: {}, rows: {} };
    var f = document.getElementById("filter");
    QUERIES.forEach(function (q) {
      f.value = q;
      f.dispatchEvent(new Event("input"));
      var c = document.getElementById("shown-count");
      out.filter[q] = [Number(c.getAttribute("data-shown")), Number(c.getAttribute("data-total")), c.textContent];
      out.rows[q] = rows();
    });
    out.hash_after_filter = location.hash;
    var o = document.getElementById("diff-old"), n = document.getElementById("diff-new");
    function pick(sel, label) {
      for (var i = 0; i < sel.options.length; i++) if (sel.options[i].text === label) sel.value = sel.options[i].value;
    }
    pick(o, "qemu-old"); pick(n, "qemu-new");
    n.dispatchEvent(new Event("change"));
    var s = document.getElementById("diff-summary");
    out.diff = { regressions: Number(s.getAttribute("data-regressions")), fixes: Number(s.getAttribute("data-fixes")),
      changes: Number(s.getAttribute("data-changes")), text: s.textContent,
      rows: Array.prototype.map.call(document.querySelectorAll("#diff-table tbody tr"), function (tr) {
        return [tr.getAttribute("data-kind"), tr.getAttribute("data-name")]; }) };
    out.runs_in_table = Array.prototype.map.call(document.querySelectorAll("#runs-table td.n"), function (td) {
      return [td.getAttribute("data-run"), td.getAttribute("data-state"), Number(td.textContent)]; });
    var cell = document.querySelector('#matrix-table tr[data-case="attach.stops"] td.st[data-run="qemu-new"]');
    cell.click();
    var d = document.getElementById("detail");
    out.detail = { hidden: d.hidden, text: d.textContent,
      links: Array.prototype.map.call(d.querySelectorAll("a"), function (a) { return a.getAttribute("href"); }) };
    out.hash = location.hash;
    out.errors = document.body.getAttribute("data-script-errors") || "0";
    var pre = document.createElement("pre");
    pre.id = "selftest-out";
    pre.textContent = JSON.stringify(out);
    document.body.appendChild(pre);
  }
  go();
})();
</script>
"""

QUERIES = ["", "group:attach", "is:fail", "is:xpass", "is:diff", "is:stale", "syscall", "-attach",
           "unsupported", "nothing-matches-this", "GROUP:ATTACH  is:fail"]


def chromium_dom(url, tmp_path):
    prof = tmp_path / "profile"
    shutil.rmtree(prof, ignore_errors=True)
    p = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run",
                        f"--user-data-dir={prof}", "--enable-logging=stderr", "--v=0",
                        "--virtual-time-budget=5000", "--dump-dom", url],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr[-2000:]
    return p.stdout, p.stderr


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("browser")
    runs = synthetic_runs()
    results = write_runs(tmp / "results", runs)
    out = tmp / "report" / "index.html"
    p = subprocess.run([PYTHON, str(REPORT), "--results", results, "--out", str(out)], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    return runs, out, tmp


def test_page_loads_without_script_errors(page):
    runs, out, tmp = page
    dom, log = chromium_dom(out.as_uri(), tmp)
    body = re.search(r"<body[^>]*>", dom).group(0)
    assert 'data-ready="1"' in body and "data-script-errors" not in body
    assert re.search(r'<div id="script-errors"[^>]*hidden', dom)
    assert "Uncaught" not in log
    # the diff ran on load (last two runs by default)
    assert re.search(r'id="diff-summary"[^>]*data-regressions="\d+"', dom)


def test_controls_work(page):
    runs, out, tmp = page
    driven = out.with_name("driven.html")
    html = out.read_text().replace("</body>", DRIVER.replace("QUERIES", json.dumps(QUERIES)) + "</body>")
    driven.write_text(html)
    dom, log = chromium_dom(driven.as_uri(), tmp)
    m = re.search(r'<pre id="selftest-out">(.*?)</pre>', dom, re.S)
    assert m, dom[-3000:]
    got = json.loads(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))
    assert got["errors"] == "0" and "Uncaught" not in log

    # counts shown = counts in the results
    for label, state, n in got["runs_in_table"]:
        doc = runs[label]
        want = len(doc["cases"]) if state == "total" else sum(1 for c in doc["cases"] if c["result"] == state)
        assert n == want, (label, state)

    # the filter: what each query shows is what the rule says it should
    cases = {}
    for label, doc in runs.items():
        for c in doc["cases"]:
            cases.setdefault(c["case"], {"group": c["group"], "results": set(), "meta": c["meta"],
                                         "per_run": {}})
            cases[c["case"]]["results"].add(c["result"])
            cases[c["case"]]["per_run"].setdefault(label, []).append(c["result"])
    total = len(cases)
    assert got["filter"][""][:2] == [total, total]
    assert sorted(got["rows"]["group:attach"]) == ["attach.stops"]
    assert got["filter"]["group:attach"][2] == f"1 of {total} cases shown"
    assert sorted(got["rows"]["is:fail"]) == sorted(k for k, v in cases.items() if "fail" in {
        pr.worst(r) for r in v["per_run"].values()})
    assert sorted(got["rows"]["is:xpass"]) == ["kill.oldbug"]
    assert sorted(got["rows"]["is:stale"]) == ["errors.stale", "kill.oldbug"]
    assert sorted(got["rows"]["syscall"]) == ["syscall.info"]
    assert "attach.stops" not in got["rows"]["-attach"] and len(got["rows"]["-attach"]) == total - 1
    assert got["rows"]["nothing-matches-this"] == []
    assert got["rows"]["GROUP:ATTACH  is:fail"] == ["attach.stops"]
    assert "q=GROUP" in got["hash_after_filter"]

    # the diff: the same as the text report's rules
    want = [(k, n) for k, n, *_ in pr.diff(runs["qemu-old"], runs["qemu-new"])]
    assert [tuple(r) for r in got["diff"]["rows"]] == want
    assert (got["diff"]["regressions"], got["diff"]["fixes"], got["diff"]["changes"]) == (1, 1, 2)

    # the detail view
    d = got["detail"]
    assert d["hidden"] is False
    assert "the claim of attach.stops" in d["text"] or "claim of attach.stops" in d["text"]
    assert "attach.c:12: expected SIGSTOP" in d["text"] and "PTRACE_ATTACH(5, 0, 0) = 0" in d["text"]
    assert "Fix-commit hint" in d["text"]
    assert any("deadbeef1234" in (h or "") for h in d["links"])
    assert "../../cases/attach/stops.c" in d["links"]
    assert "make vm-check KERNEL=6.12 RUNFLAGS=attach.stops.waitid" in d["text"]
    assert "case=attach.stops" in got["hash"]


def test_state_from_the_fragment(page):
    runs, out, tmp = page
    dom, log = chromium_dom(out.as_uri() + "#q=group:signal&old=host&new=qemu-old&case=syscall.info", tmp)
    assert 'value="group:signal"' in dom or "1 of 6 cases shown" in dom
    assert re.search(r'data-shown="1"', dom)
    n = sum(1 for r in pr.diff(runs["host"], runs["qemu-old"]) if r[0] == "regression")
    assert re.search(r'id="diff-summary"[^>]*data-regressions="%d"' % n, dom)   # host -> qemu-old
    assert "PTRACE_GET_SYSCALL_INFO: not supported by this kernel (added in 5.3)" in dom
    assert "Uncaught" not in log
