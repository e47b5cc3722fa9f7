# SPDX-License-Identifier: GPL-2.0
"""A wild case or a lying kernel cannot break the run: the hostile cases of
tests/hostile run beside an ordinary one, and the run still ends in bounded
time, blames each case for itself, writes valid files and leaves nothing
behind. As root every case runs in a PID namespace of its own."""
import json
import os
import re
import signal
import subprocess
import time
import xml.etree.ElementTree as ET

import jsonschema
import pytest

from conftest import BUILD, CASES, FIXTURES, OUT, RUNNER, SCHEMA, make_junit

HOSTILE = BUILD / "hostile"
MUTANT_LIB = BUILD / "mutant.so"
root_only = pytest.mark.skipif(os.geteuid() != 0, reason="case PID namespaces need root")


def survivors(marker):
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if marker in os.readlink(f"/proc/{entry}/exe"):
                    found.append(int(entry))
            except OSError:
                pass
    return found


def valid_results(path):
    raw = (path / "results.json").read_bytes()
    data = json.loads(raw.decode("utf-8"))       # strict: valid UTF-8 or it raises
    jsonschema.validate(data, json.loads(SCHEMA.read_text()))
    return data


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    """Every hostile case twice, four at a time."""
    if not HOSTILE.exists():
        pytest.fail(f"{HOSTILE} is missing: run make selftest")
    results = tmp_path_factory.mktemp("hostile")
    start = time.monotonic()
    proc = subprocess.Popen([str(RUNNER), "--cases", str(HOSTILE), "--results", str(results),
                             "-j4", "--repeat", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    out, err = proc.communicate(timeout=300)
    took = time.monotonic() - start
    return proc, out, err, results, took


def by_name(data):
    got = {}
    for c in data["cases"]:
        got.setdefault(c["name"], []).append(c)
    return got


@root_only
def test_each_case_blamed_for_itself(hostile_run):
    proc, out, err, results, took = hostile_run
    got = by_name(valid_results(results))
    assert {r["result"] for r in got["hostile.victim"]} == {"pass"}, got["hostile.victim"]
    for name in ("hostile.attach-runner", "hostile.stop-everything", "hostile.setsid-chain",
                 "hostile.big-output", "hostile.busy-then-done"):
        assert {r["result"] for r in got[name]} == {"pass"}, (name, got[name])
    # A forged record does not turn the body's failure into a pass.
    assert {r["result"] for r in got["hostile.forge-record"]} == {"fail"}
    assert proc.returncode == 1
    assert took < 240


def test_a_case_that_cannot_progress_ends_early(hostile_run):
    """Every process asleep or stopped with no CPU time moving: a timeout
    well before the 20 s deadline, naming the states seen."""
    got = by_name(valid_results(hostile_run[3]))
    for run in got["hostile.idle-hang"]:
        assert run["result"] == "timeout"
        # At least the idle bound (30% of 20 s); a loaded machine samples a little later.
        idle = re.search(r"no progress for ([0-9.]+)s: every thread of the case asleep or stopped",
                         run["reason"])
        assert idle and 6.0 <= float(idle.group(1)) < 15, run["reason"]
        assert " S do_wait" in run["reason"] or " S " in run["reason"], run["reason"]
        assert run["duration_ms"] < 15000


def test_output_is_bounded_text(hostile_run):
    proc, out, err, results, took = hostile_run
    got = by_name(valid_results(results))
    big = got["hostile.big-output"][0]["output"]
    assert len(big) < 300 * 1024
    assert ("[ptc-run: 1073479680 bytes of output dropped: 1073741824 written, "
            "the first 131072 and the last 131072 kept]") in big
    binary = got["hostile.binary-output"][0]
    assert binary["output"] == "start \\xff\\xfe bad \\x00 after-nul \\x01\\x1b[31m \u00e9 end\n"
    assert "a diagnostic with \\xff and \\x7f in it" in binary["diagnostics"]
    assert (results / "results.json").stat().st_size < 8 << 20
    # The same text in TAP and JUnit, and both parse.
    assert "#   start \\xff\\xfe bad \\x00 after-nul" in out
    ET.parse(make_junit(results))
    tap = results / "stream.tap"
    tap.write_text(out)
    prove = subprocess.run(["prove", "--exec", "cat", str(tap)], capture_output=True, text=True)
    assert "Parse errors" not in prove.stdout, prove.stdout


def test_runner_memory_stays_small(tmp_path):
    """The runner's peak RSS (wait4 counts it and every process it
    waited for) stays under 64 MiB while a case writes 1 GiB."""
    proc = subprocess.Popen([str(RUNNER), "--cases", str(HOSTILE), "--results", str(tmp_path),
                             "hostile.big-output"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert usage.ru_maxrss < 64 * 1024, usage.ru_maxrss     # KiB


@root_only
def test_nothing_survives(hostile_run):
    assert survivors("/hostile/hostile/") == []


def wait_for_case_in_results(path, name, limit=30):
    """Poll results.json (rewritten every 2 s as the run goes) until it
    lists name; the runner's own snapshot, not a timing assumption."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            if any(c["name"] == name for c in json.loads((path / "results.json").read_text())["cases"]):
                return
        except (OSError, ValueError):
            pass
        time.sleep(0.1)
    pytest.fail(f"{name} never appeared in {path}/results.json")


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_interrupt_writes_what_it_has_within_2s(tmp_path, sig):
    proc = subprocess.Popen([str(RUNNER), "--cases", str(FIXTURES), "--results", str(tmp_path),
                             "--timeout-scale", "20", "-j2", "fixture.hang", "fixture.pass"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wait_for_case_in_results(tmp_path, "fixture.pass")
    start = time.monotonic()
    proc.send_signal(sig)
    out, _ = proc.communicate(timeout=30)
    assert time.monotonic() - start < 2.0
    assert proc.returncode == 130
    data = valid_results(tmp_path)
    assert data["run"]["complete"] is False
    assert {c["name"]: c["result"] for c in data["cases"]}["fixture.pass"] == "pass"


def test_killed_runner_leaves_its_results(tmp_path):
    proc = subprocess.Popen([str(RUNNER), "--cases", str(FIXTURES), "--results", str(tmp_path),
                             "--timeout-scale", "20", "-j2", "fixture.hang", "fixture.pass"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for_case_in_results(tmp_path, "fixture.pass")
    proc.kill()
    proc.wait(timeout=30)
    data = valid_results(tmp_path)
    assert data["run"]["complete"] is False
    assert [c["result"] for c in data["cases"] if c["name"] == "fixture.pass"] == ["pass"]
    if os.geteuid() == 0:
        # The run's PID namespace ends with it: the hanging case too.
        deadline = time.monotonic() + 10
        while survivors("/fixtures/fixture/hang") and time.monotonic() < deadline:
            time.sleep(0.1)
        assert survivors("/fixtures/fixture/hang") == []


@root_only
def test_lying_event_messages_reach_nothing_outside(tmp_path):
    """Every PTRACE_GETEVENTMSG answers the runner's own pid: the cases
    that use it fail, and the run, the runner and the files survive."""
    if not MUTANT_LIB.exists():
        pytest.fail(f"{MUTANT_LIB} is missing: run make selftest")
    log = tmp_path / "kill.log"
    proc = subprocess.run([str(RUNNER), "--cases", str(CASES), "--results", str(tmp_path / "r"),
                           "event", "exec", "option"], capture_output=True, text=True,
                          timeout=600, env={**os.environ, "LD_PRELOAD": str(MUTANT_LIB),
                                            "PTC_MUTANT": "eventmsg-is-runner",
                                            "PTC_MUTANT_LOG": str(log)})
    data = valid_results(tmp_path / "r")
    assert data["run"]["complete"] is True
    results = {c["result"] for c in data["cases"]}
    assert "fail" in results            # the lie was seen
    assert proc.returncode == 1
    assert not log.exists(), log.read_text()
