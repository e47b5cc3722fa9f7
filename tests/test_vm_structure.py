# SPDX-License-Identifier: GPL-2.0
"""The VM runner's structure: per-arch settings as data, the guest's
statuses as an enum, rebuilding results from a saved channel.log
(ci/vm-check.py parse), and the type check over ci/ and reports/."""
import json
import re
import subprocess

import pytest

from vmreport_helpers import PYTHON, TOP, VM_CHECK
from test_vm_runner import by_name, fake_run
from vmcheck import arches, guest, results
import ptcresults


# ---- per-arch settings ------------------------------------------------------------------------

@pytest.mark.parametrize("arch", sorted(arches.ARCHES))
def test_qemu_command_line_comes_from_the_arch_record(arch):
    rec = arches.settings(arch)
    m = guest.Machine(how="qemu", arch=arch, image="/k", initrd="/i", console="/con", channel="/chan")
    argv = m.argv()
    assert argv[0] == rec.emulator
    assert f"console={rec.console}" in argv[argv.index("-append") + 1]
    assert argv[-len(rec.channel_qemu):] == [a.replace("{path}", "/chan") for a in rec.channel_qemu]
    assert any("/chan" in a for a in argv[-len(rec.channel_qemu):])
    assert m.chan_device == rec.channel_device
    if rec.machine:
        i = argv.index(rec.machine[0])
        assert argv[i:i + len(rec.machine)] == list(rec.machine)


def test_no_per_arch_branches_outside_the_records():
    """Arch names appear as data in arches.py, not as branches elsewhere."""
    names = "|".join(re.escape(a) for a in arches.ARCHES)
    for f in ("cli.py", "guest.py", "kernels.py", "results.py", "replay.py"):
        text = (TOP / "ci" / "vmcheck" / f).read_text()
        hits = [line for line in text.splitlines()
                if re.search(rf'"({names})"', line) and not line.lstrip().startswith("#")]
        assert hits == [], f"{f}: {hits}"


# ---- statuses ---------------------------------------------------------------------------------

def test_vm_statuses_are_the_schema_s():
    schema = ptcresults.schema()
    assert [s.value for s in guest.VmStatus] == schema["definitions"]["vm"]["properties"]["status"]["enum"]
    assert set(results.BOOT_RESULT) == set(guest.VmStatus)
    assert json.dumps({"s": guest.VmStatus.NO_INIT}) == '{"s": "no-init"}'


# ---- ci/vm-check.py parse ---------------------------------------------------------------------

def parse(*args):
    return subprocess.run([PYTHON, str(VM_CHECK), "parse"] + [str(a) for a in args],
                          capture_output=True, text=True, timeout=60)


def same_results(a, b):
    return {n: (c["result"], c["reason"]) for n, c in by_name(a).items()} == \
        {n: (c["result"], c["reason"]) for n, c in by_name(b).items()}


@pytest.mark.parametrize("scenario", ["ok", "warn", "panic-once"])
def test_parse_rebuilds_results_from_the_channel(tmp_path, scenario):
    _, doc, _, d = fake_run(tmp_path, scenario)
    again = tmp_path / "again"
    p = parse(d / "channel.log", again)
    assert p.returncode == 0, p.stderr
    new = ptcresults.load(str(again))
    ptcresults.validate(new, ptcresults.schema())
    assert same_results(doc, new)
    assert new["totals"] == doc["totals"] and new["vm"]["status"] == doc["vm"]["status"]
    assert [s["line"] for s in new["vm"]["splats"]] == [s["line"] for s in doc["vm"]["splats"]]
    assert new["run"]["label"] == "fake" and new["vm"]["reproduce"] == doc["vm"]["reproduce"]
    assert (again / "junit.xml").read_text().count("<testcase") == len(doc["cases"])
    assert "written to" in p.stdout


def test_parse_of_a_channel_cut_short(tmp_path):
    _, doc, _, d = fake_run(tmp_path, "ok")
    lines = (d / "channel.log").read_text().splitlines()
    cut = tmp_path / "cut" / "channel.log"
    cut.parent.mkdir()
    cut.write_text("\n".join(lines[:lines.index(next(x for x in lines if x.startswith('@ptc start') and '"fake.two"' in x)) + 1]) + "\n")
    p = parse(cut, tmp_path / "cut-results")
    assert p.returncode == 0, p.stderr
    new = ptcresults.load(str(tmp_path / "cut-results"))
    c = by_name(new)
    assert c["fake.one"]["result"] == "pass" and c["fake.two"]["result"] == "error"
    assert new["vm"]["status"] == "died" and new["run"]["complete"] is False


def test_parse_bad_input_is_a_clear_error(tmp_path):
    p = parse(tmp_path / "missing.log", tmp_path / "d")
    assert p.returncode == 2 and "cannot read" in p.stderr and "Traceback" not in p.stderr
    junk = tmp_path / "junk.log"
    junk.write_text("hello\n")
    p = parse(junk, tmp_path / "d")
    assert p.returncode == 2 and "not the results channel" in p.stderr and "Traceback" not in p.stderr
    p = parse(junk)
    assert p.returncode == 2 and "Traceback" not in p.stderr


# ---- types ------------------------------------------------------------------------------------

def test_type_check_of_ci_and_reports_is_clean(tmp_path):
    """mypy over the Python of ci/ and reports/ (Debian's mypy package,
    installed by ci/install-test-deps.sh)."""
    have = subprocess.run([PYTHON, "-m", "mypy", "--version"], capture_output=True, text=True)
    assert have.returncode == 0, "no mypy for " + PYTHON + ": run ci/install-test-deps.sh (package mypy)"
    files = sorted(str(p.relative_to(TOP)) for d in ("ci", "reports") for p in (TOP / d).rglob("*.py"))
    p = subprocess.run([PYTHON, "-m", "mypy", "--cache-dir", str(tmp_path / "cache"), "--explicit-package-bases",
                        "--no-error-summary"] + files, cwd=TOP, capture_output=True, text=True,
                       env={"MYPYPATH": "ci:reports", "PATH": "/usr/bin:/bin"}, timeout=300)
    errors = [line for line in p.stdout.splitlines() if ": error:" in line or ": note:" in line]
    assert p.returncode == 0 and errors == [], p.stdout + p.stderr


# ---- issue 18: what a kernel developer sees ---------------------------------------------------

def test_one_serial_port_names_the_cause_and_the_file(tmp_path):
    p, doc, elapsed, _ = fake_run(tmp_path, "one-port")
    assert p.returncode == 1 and elapsed < 30
    boot = by_name(doc)["vm.boot"]
    assert doc["vm"]["status"] == "no-init"
    assert boot["reason"] == ("init ran and stopped: the results channel /dev/ttyS1 does not exist "
                              "(see channel.log)")
    assert "/dev/ttyS1 does not exist" in p.stderr


def test_a_guest_silent_everywhere_points_at_the_console(tmp_path):
    p, doc, _, _ = fake_run(tmp_path, "exit-early")
    assert by_name(doc)["vm.boot"]["reason"] == "the guest stopped before init ran (see kernel.log)"


def test_a_red_run_says_what_it_found_first(tmp_path):
    p, doc, _, _ = fake_run(tmp_path, "ok")           # fake.two fails; the guest is fine
    line = next(x for x in p.stderr.splitlines() if x.startswith("vm-check: fake: ") and "boot " in x)
    assert line.startswith("vm-check: fake: FAIL: 1 fail; vm ok; boot "), line
    p, doc, _, _ = fake_run(tmp_path / "w", "warn")
    assert "vm-check: fake: FAIL: 1 fail, 1 fail" not in p.stderr
    assert "FAIL: 2 fail; vm ok, kernel log: WARN; boot" in p.stderr   # fake.two and vm.kernel-log


def test_the_report_status_column_says_what_the_run_found(tmp_path):
    from vmreport_helpers import REPORT, synthetic_runs, write_runs
    results = write_runs(tmp_path / "results", synthetic_runs())
    out = tmp_path / "index.html"
    p = subprocess.run([PYTHON, str(REPORT), "--results", str(results), "--out", str(out)],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    html = out.read_text()
    assert "FAIL: 1 fail, 1 error; vm ok, kernel log: WARN" in html       # qemu-new
    assert "FAIL: 1 fail, 1 timeout; vm ok" in html                       # qemu-old
    assert "FAIL: 1 xpass</span>" in html                                 # the host run


def boot_fake(tmp_path, image, *extra):
    """vm-check of image against the fake emulator, into tmp_path/out."""
    from vmreport_helpers import FAKE_EMULATOR, fake_build, run_vm_check
    build = tmp_path / "b"
    if not build.exists():
        fake_build(build)
    bb = tmp_path / "busybox"
    bb.write_bytes(b"x")
    emu = tmp_path / "fake-emu"
    emu.write_text(f"#!/bin/sh\nexec {PYTHON} {FAKE_EMULATOR} \"$@\"\n")
    emu.chmod(0o755)
    return run_vm_check(["--out", str(tmp_path / "out"), "--build", str(build), "--busybox", str(bb),
                         "--emulator", str(emu), "--strip", "false"] + list(extra) + [str(image)],
                        env={"PTC_FAKE": "ok"})


def rebuilt(path, n):
    """The fake image of a rebuild: the same release, build #n."""
    from vmreport_helpers import fake_bzimage
    fake_bzimage(path)
    path.write_bytes(path.read_bytes().replace(b"#1", f"#{n}".encode()))
    return path


def test_rebuilds_get_their_own_labels_and_kept_images(tmp_path):
    img = tmp_path / "tree" / "bzImage"
    img.parent.mkdir()
    first = rebuilt(img, 1).read_bytes()
    p1 = boot_fake(tmp_path, img)
    rebuilt(img, 2)
    p2 = boot_fake(tmp_path, img)
    runs = sorted(d.name for d in (tmp_path / "out" / "results").iterdir())
    assert len(runs) == 2, p1.stderr + p2.stderr
    assert runs[0].startswith("qemu-9.9.9-fake-b1-") and runs[1].startswith("qemu-9.9.9-fake-b2-")
    assert all(r.endswith("-x86_64") for r in runs)
    doc = ptcresults.load(str(tmp_path / "out" / "results" / runs[0]))
    kept = doc["vm"]["image"]["copy"]
    assert open(kept, "rb").read() == first                    # the tree's image has changed since
    assert doc["vm"]["image"]["build"] == "(fake@fake) #1"
    assert doc["vm"]["reproduce"] == f"make vm-check KERNEL={kept}"
    assert doc["vm"]["image"]["sha256"][:8] in runs[0]


def test_a_label_holding_another_kernel_s_run_is_kept(tmp_path):
    img = tmp_path / "bzImage"
    rebuilt(img, 1)
    assert boot_fake(tmp_path, img, "--label", "mine").returncode == 1      # fake.two fails
    before = (tmp_path / "out" / "results" / "mine" / "results.json").read_text()
    assert boot_fake(tmp_path, img, "--label", "mine").returncode == 1      # the same kernel: again
    rebuilt(img, 2)
    p = boot_fake(tmp_path, img, "--label", "mine")
    assert p.returncode == 1 and "holds the run of another kernel" in p.stderr and "REPLACE=1" in p.stderr
    assert ": booting " not in p.stderr
    after = ptcresults.load(str(tmp_path / "out" / "results" / "mine"))
    assert after["vm"]["image"]["build"] == "(fake@fake) #1"
    p = boot_fake(tmp_path, img, "--label", "mine", "--replace")
    assert ptcresults.load(str(tmp_path / "out" / "results" / "mine"))["vm"]["image"]["build"] == "(fake@fake) #2"
    assert before


def test_regression_text_summarises_then_details_each_case_once(tmp_path):
    from vmreport_helpers import REGRESSIONS, case, run_doc, vm_info, write_runs
    names = [("attach.stops", v) for v in ("waitpid", "waitid", "wait4", "waitpid-nohang")] + \
        [("signal.inject", None), ("signal.mask", "a"), ("signal.mask", "b")]
    old = run_doc("old", "6.1.0", [case(n, "pass", variant=v) for n, v in names], how="qemu", vm=vm_info("6.1"))
    new_cases = [case(n, "fail", variant=v, diagnostics=["attach.c:12: expected SIGSTOP"],
                      trace=[f"PTRACE_ATTACH({i}, 0, 0) = 0"]) for i, (n, v) in enumerate(names[:3])]
    new_cases.append(case("attach.stops", "timeout", "no stop", variant="waitpid-nohang"))
    new_cases += [case("signal.inject", "fail", diagnostics=["sig.c:3: expected SIGUSR1"]),
                  case("signal.mask", "pass", variant="a"), case("signal.mask", "error", "crash", variant="b")]
    new = run_doc("new", "6.1.0", new_cases, how="qemu", vm=vm_info("6.1"))
    results = write_runs(tmp_path / "r", {"old": old, "new": new})
    p = subprocess.run([PYTHON, str(REGRESSIONS), "--results", str(results), "old", "new"],
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    t = p.stdout
    assert t.startswith("Subject: ptrace-conformance: 6 regressions from old to new (x86_64)")
    summary = t[t.index("Regressions\n"):t.index("Details\n")]
    assert "  attach  1 case, 4 variants\n  signal  2 cases\n" in summary
    assert "  attach.stops: pass -> fail (wait4, waitid, waitpid); pass -> timeout (waitpid-nohang)\n" in summary
    assert "  signal.mask: pass -> error (b)\n" in summary
    details = t[t.index("Details\n"):]
    assert details.count("Claim: the claim of attach.stops") == 1
    assert details.count("attach.c:12: expected SIGSTOP") == 1           # three variants, one failure
    assert "   Variants wait4, waitid, waitpid:\n" in details and "   Variant waitpid-nohang:\n" in details
    assert "Reproduce: make vm-check KERNEL=6.1 RUNFLAGS=attach.stops\n" in details
    assert "Reproduce: make vm-check KERNEL=6.1 RUNFLAGS=signal.mask.b\n" in details
    assert [line for line in details.splitlines() if re.match(r"\d+\. ", line)] == [
        "1. attach.stops: pass -> fail (wait4, waitid, waitpid); pass -> timeout (waitpid-nohang)",
        "2. signal.inject: pass -> fail", "3. signal.mask: pass -> error (b)"]
