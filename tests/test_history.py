# SPDX-License-Identifier: GPL-2.0
"""make history on fake results: the releases in version order, each run
once under a stable label, a run whose package left the archive kept, the
per-case history with the first release that changed, and bad input."""
import json
import subprocess

from vmreport_helpers import PYTHON, TOP, case, run_doc, write_runs

HISTORY = TOP / "ci" / "history.py"
PKGS = ["linux-image-6.1.0-9-amd64", "linux-image-6.1.0-10-amd64", "linux-image-6.1.0-10-rt-amd64",
        "linux-image-6.12.100+deb12-amd64"]


def doc(pkg, attach, version="0.1.0"):
    d = run_doc("history-" + pkg, pkg, [case("attach.stops", attach), case("signal.inject", "pass")])
    d["suite"]["version"] = version
    return d


def history(tmp_path, *args):
    return subprocess.run([PYTHON, str(HISTORY), "--results", str(tmp_path / "results")] + list(args),
                          capture_output=True, text=True, timeout=60)


def test_runs_each_release_once_and_keeps_old_ones(tmp_path):
    # 6.1.0-8 left the archive but its run stays; 6.1.0-9 is already run.
    write_runs(tmp_path / "results", {"history-linux-image-6.1.0-8-amd64": doc("linux-image-6.1.0-8-amd64", "pass"),
                                      "history-linux-image-6.1.0-9-amd64": doc("linux-image-6.1.0-9-amd64", "pass")})
    (tmp_path / "pkgs").write_text("\n".join(PKGS))
    fake = tmp_path / "fake-vm-check"
    template = json.dumps(doc("PKG", "fail"))
    fake.write_text(f"""#!{PYTHON}
import os, sys
args = dict(a.split("=", 1) for a in sys.argv[1:])
open({str(tmp_path / "calls")!r}, "a").write(args["KERNEL"] + "\\n")
d = os.path.join({str(tmp_path / "results")!r}, args["LABEL"])
os.makedirs(d, exist_ok=True)
open(os.path.join(d, "results.json"), "w").write({template!r}.replace("PKG", args["KERNEL"]))
""")
    fake.chmod(0o755)
    p = history(tmp_path, "--line", "6.1", "--packages", str(tmp_path / "pkgs"), "--vm-check", str(fake))
    assert p.returncode == 0, p.stderr
    assert (tmp_path / "calls").read_text().split() == ["linux-image-6.1.0-10-amd64"]
    assert "history over 3 releases: linux-image-6.1.0-8-amd64, linux-image-6.1.0-9-amd64, " \
           "linux-image-6.1.0-10-amd64" in p.stdout
    assert "attach.stops: first changed in linux-image-6.1.0-10-amd64: pass pass fail" in p.stdout
    assert "new failures: attach.stops: pass -> fail" in p.stdout
    assert "linux-image-6.1.0-9-amd64: no change" in p.stdout
    assert "signal.inject" not in p.stdout.split("cases whose result changed")[1].split("\n\n")[0]


def test_bad_input(tmp_path):
    (tmp_path / "pkgs").write_text("\n".join(PKGS))
    for args, message in [(["--line", "5.10"], "no such line"),
                          (["--line", "6.1", "--flavour", "arm64"], "no such flavour"),
                          (["--line", "6.12", "--flavour", "cloud-amd64", "--packages", str(tmp_path / "pkgs")],
                           "no package of line 6.12 flavour cloud-amd64"),
                          (["--line", "6.1", "--view"], "no runs of line 6.1")]:
        p = history(tmp_path, *args)
        assert p.returncode == 2 and message in p.stderr and "Traceback" not in p.stderr, (args, p.stderr)
    write_runs(tmp_path / "results", {"history-linux-image-6.1.0-8-amd64": doc("linux-image-6.1.0-8-amd64", "pass"),
                                      "history-linux-image-6.1.0-9-amd64": doc("linux-image-6.1.0-9-amd64", "pass",
                                                                               version="0.2.0")})
    p = history(tmp_path, "--line", "6.1", "--view")
    assert p.returncode == 2 and "different suite versions" in p.stderr
    assert (tmp_path / "results" / "history-linux-image-6.1.0-9-amd64" / "results.json").exists()


def test_report_shows_history_in_version_order(tmp_path):
    runs = {f"history-{p}": doc(p, r) for p, r in [("linux-image-6.1.0-10-amd64", "fail"),
                                                    ("linux-image-6.1.0-9-amd64", "pass")]}
    write_runs(tmp_path / "results", runs)
    out = tmp_path / "index.html"
    p = subprocess.run([PYTHON, str(TOP / "reports" / "report.py"), "--results", str(tmp_path / "results"),
                        "--out", str(out)], capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    section = out.read_text().split('<section id="history">')[1].split("</section>")[0]
    assert "6.1 (amd64): 2 releases" in section
    # -9 before -10: version order, not label order.
    assert section.index("<th>linux-image-6.1.0-9-amd64</th>") < section.index("<th>linux-image-6.1.0-10-amd64</th>")
    row = section.split('data-case="attach.stops"')[1].split("</tr>")[0]
    assert 'href="#case=attach.stops"' in row and "<td>linux-image-6.1.0-10-amd64</td>" in row
    assert "linux-image-6.1.0-10-amd64: new failures: attach.stops: pass -&gt; fail" in section
    assert 'data-case="signal.inject"' not in section
