# SPDX-License-Identifier: GPL-2.0
"""The runner and the case supervisor: every result state is reported as
what it is, the outputs follow the contract, nothing a case started
survives it, and bad arguments get a clear error."""
import json
import os
import re
import shutil
import signal
import subprocess
import time
import xml.etree.ElementTree as ET

import jsonschema
import pytest

from conftest import CASES, FIXTURES, JUNIT, RUNNER, SCHEMA, make_junit

EXPECTED = {
    "fixture.pass": ("pass", ""),
    "fixture.fail.waitpid": ("fail", ""),
    "fixture.fail.waitid": ("fail", ""),
    "fixture.fail.wait4": ("fail", ""),
    "fixture.tracee-check-fails": ("fail", ""),
    "fixture.errno-names": ("fail", ""),
    "fixture.wrong-eventmsg": ("fail", ""),
    "fixture.hang-expecting-stop": ("timeout", "expected PTRACE_EVENT_EXIT(SIGTRAP)"),
    "fixture.crash": ("error", "killed by SIGSEGV"),
    "fixture.exits-early": ("error", "without finishing"),
    "fixture.no-check": ("error", "made no check"),
    "fixture.prints-result": ("error", "result-like lines"),
    "fixture.hang": ("timeout", "no wait report"),
    "fixture.hang-outside-wait": ("timeout", "did not finish"),
    "fixture.skip": ("skip", "fixture reason"),
    "fixture.needs-other-arch": ("skip", "needs arch sparc64"),
    "fixture.unsupported": ("unsupported", "built without CONFIG_HAVE_ARCH_TRACEHOOK"),
    "fixture.xfail": ("xfail", "fixture known bug"),
    "fixture.xpass": ("xpass", "stale expectation"),
    "fixture.leaves-processes": ("pass", ""),
    "fixture.alone": ("pass", ""),
    "fixture.unsupported-in-unprivileged-child": ("unsupported", "built without CONFIG_HAVE_ARCH_TRACEHOOK"),
    "fixture.needs-platform": ("pass", ""),
    "fixture.needs-unknown": ("error", "unknown need 'hw-breakpiont'"),
}

FACTS = ["hw-breakpoint", "exec-32bit", "int80", "user-ns", "yama", "seccomp-filter"]
ALL_FACTS_YES = "".join(f"{f}=yes given by the self-test\n" for f in FACTS)

TAP_LINE = re.compile(r"^(TAP version 13|1\.\.\d+|(not )?ok \d+ \S+( # .*)?|#.*)$")


@pytest.fixture(scope="module")
def fixture_run(tmp_path_factory):
    """One run of every fixture, shared by the checks on its outputs."""
    results = tmp_path_factory.mktemp("results")
    pids = results / "pids"
    # A kernel config without the option the unsupported fixtures' feature
    # needs, and a machine with every platform fact: the same on any host.
    kconfig = results / "kconfig"
    kconfig.write_text("CONFIG_X86=y\n# CONFIG_HAVE_ARCH_TRACEHOOK is not set\n")
    proc = subprocess.run(
        [str(RUNNER), "--cases", str(FIXTURES), "--results", str(results), "--timeout-scale", "0.5",
         "--kconfig", str(kconfig)],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "PTC_FIXTURE_PIDS": str(pids), "PTC_PLATFORM": ALL_FACTS_YES})
    return proc, results, pids


def test_every_state_reported_as_itself(fixture_run):
    proc, results, _ = fixture_run
    data = json.loads((results / "results.json").read_text())
    got = {c["name"]: c for c in data["cases"]}
    assert set(got) == set(EXPECTED)
    for name, (result, reason) in EXPECTED.items():
        assert got[name]["result"] == result, (name, got[name])
        assert reason in got[name]["reason"], (name, got[name]["reason"])


def test_exit_status_nonzero_on_unexpected(fixture_run):
    assert fixture_run[0].returncode == 1


def test_failure_speaks_ptrace(fixture_run):
    proc, results, _ = fixture_run
    case = {c["name"]: c for c in json.loads((results / "results.json").read_text())["cases"]}
    fail = case["fixture.fail.waitpid"]
    assert any("expected group-stop SIGSTOP, got PTRACE_EVENT_STOP(SIGTRAP) (status 0x80057f)" in d
               for d in fail["diagnostics"]), fail["diagnostics"]
    assert any(d.startswith("tests/fixtures/fail.c:") for d in fail["diagnostics"])
    assert any("PTRACE_INTERRUPT" in t for t in fail["trace"])
    assert any(t.startswith("waitid(") for t in case["fixture.fail.waitid"]["trace"])
    tracee = case["fixture.tracee-check-fails"]
    assert any("in tracee-side check" in d for d in tracee["diagnostics"])
    # The trace is printed in the TAP stream too, before the result line.
    assert "#   PTRACE_INTERRUPT" in proc.stdout


def test_failure_names_what_it_compares(fixture_run):
    """Arguments are named as written (errno, not its expansion), errno and
    signal values by name, and a handler block runs only after a failure,
    before a fatal check ends the case."""
    diags = {c["name"]: c for c in json.loads((fixture_run[1] / "results.json").read_text())["cases"]}[
        "fixture.errno-names"]["diagnostics"]
    assert any(d.endswith("expected errno == ESRCH: EPERM (1) vs ESRCH (3)") for d in diags), diags
    assert any(d.endswith("expected sig == SIGUSR1: SIGUSR2 (12) vs SIGUSR1 (10)") for d in diags), diags
    assert "handler block ran" in diags
    assert "handler block of a passing check ran" not in diags
    assert diags[-1] == "fatal check's handler ran before the end", diags
    assert not any("errno_location" in d for d in diags)


def test_timeout_says_what_was_expected(fixture_run):
    """The stop the case waited for, after which request, and the tracee's
    state, wchan and pending signals from /proc at the deadline."""
    case = {c["name"]: c for c in json.loads((fixture_run[1] / "results.json").read_text())["cases"]}
    reason = case["fixture.hang-expecting-stop"]["reason"]
    assert re.search(r"expected PTRACE_EVENT_EXIT\(SIGTRAP\) after "
                     r"PTRACE_SEIZE\(\d+, 0, PTRACE_O_TRACEEXIT\) = 0", reason), reason
    assert "state S (sleeping)" in reason and "wchan " in reason, reason
    assert "pending SIGUSR1" in reason, reason


def test_helper_failure_names_the_kernel_value(fixture_run):
    """A wait on a pid taken from an event message says which value, from
    which request, and what the case expected of it."""
    case = {c["name"]: c for c in json.loads((fixture_run[1] / "results.json").read_text())["cases"]}
    got = case["fixture.wrong-eventmsg"]
    assert any(re.search(r"wrong-eventmsg\.c:\d+: expected signal-delivery-stop SIGSTOP from pid 512, "
                         r"the event message PTRACE_GETEVENTMSG returned for pid \d+, "
                         r"but waitpid\(512, __WALL\) failed: ECHILD", d)
               for d in got["diagnostics"]), got["diagnostics"]
    assert not any("helpers/" in d for d in got["diagnostics"])


def test_trace_decodes_options_and_messages(fixture_run):
    """Options by name as strace prints them, event messages and wait
    statuses decoded."""
    trace = {c["name"]: c for c in json.loads((fixture_run[1] / "results.json").read_text())["cases"]}[
        "fixture.wrong-eventmsg"]["trace"]
    assert any(re.fullmatch(r"PTRACE_SEIZE\(\d+, 0, PTRACE_O_TRACEEXIT\) = 0", t) for t in trace), trace
    assert any(re.search(r"PTRACE_GETEVENTMSG\(\d+, 0, 0x[0-9a-f]+\) = 0, message 512 \(0x200\)", t)
               for t in trace), trace
    assert any("status 0x6057f: PTRACE_EVENT_EXIT(SIGTRAP)" in t for t in trace), trace
    assert not any("0x100000" in t for t in trace)


def test_tap_stream_is_well_formed(fixture_run):
    out = fixture_run[0].stdout.splitlines()
    assert out[0] == "TAP version 13"
    assert out[1] == f"1..{len(EXPECTED)}"
    for line in out:
        assert TAP_LINE.match(line), line
    numbers = [int(m.group(1)) for m in (re.match(r"^(?:not )?ok (\d+) ", l) for l in out) if m]
    assert numbers == list(range(1, len(EXPECTED) + 1))
    assert re.search(r"^# Totals: pass:4 fail:9 xfail:1 xpass:1 skip:4 error:5$", fixture_run[0].stdout, re.M)
    assert re.search(r"^ok \d+ fixture.xfail # XFAIL fixture known bug$", fixture_run[0].stdout, re.M)
    assert re.search(r"^not ok \d+ fixture.xpass # XPASS", fixture_run[0].stdout, re.M)
    assert re.search(r"^ok \d+ fixture.skip # SKIP fixture reason$", fixture_run[0].stdout, re.M)


def test_tap_parsers_accept_stream(fixture_run, tmp_path):
    from tap.parser import Parser
    kinds = {line.category for line in Parser().parse_text(fixture_run[0].stdout)}
    assert "unknown" not in kinds, kinds
    tap = tmp_path / "stream.tap"
    tap.write_text(fixture_run[0].stdout)
    prove = subprocess.run(["prove", "--exec", "cat", str(tap)], capture_output=True, text=True)
    # prove parses it and counts the failures it holds.
    assert "Parse errors" not in prove.stdout, prove.stdout
    assert re.search(rf"Failed \d+/{len(EXPECTED)} subtests", prove.stdout), prove.stdout


def test_json_validates_against_schema(fixture_run):
    data = json.loads((fixture_run[1] / "results.json").read_text())
    jsonschema.validate(data, json.loads(SCHEMA.read_text()))
    assert data["totals"]["timeout"] == 3 and data["totals"]["unsupported"] == 2
    assert data["run"]["complete"] is True


def test_junit_tool_refuses_bad_input(tmp_path):
    (tmp_path / "results.json").write_text("{not json")
    for args in ([], ["--help"], [str(tmp_path)], [str(tmp_path / "absent")]):
        p = subprocess.run(["/usr/bin/python3", str(JUNIT), *args], capture_output=True, text=True)
        assert p.returncode != 0 and "Traceback" not in p.stderr and p.stderr, (args, p.stderr)


def test_junit_counts(fixture_run):
    root = ET.parse(make_junit(fixture_run[1])).getroot()
    suite = root.find("testsuite")
    assert suite.get("tests") == str(len(EXPECTED))
    assert suite.get("failures") == "7"   # fail x6 + xpass
    assert suite.get("errors") == "8"     # error x5 + timeout x3
    assert suite.get("skipped") == "4"


def test_nothing_survives(fixture_run):
    """The leaves-processes fixture left a stopped tracee, a tracee in
    group-stop, a threaded tracee and a setsid() grandchild: all gone."""
    pids = [int(p) for p in fixture_run[2].read_text().split()]
    assert len(pids) == 5
    for pid in pids:
        assert not os.path.exists(f"/proc/{pid}") or _is_other_process(pid), pid


def _is_other_process(pid):
    # Only relevant outside the runner's PID namespace, where pids of the
    # namespace are not ours to look up: a live pid must not be a fixture.
    try:
        return "fixture" not in os.readlink(f"/proc/{pid}/exe")
    except OSError:
        return True


def test_no_fixture_process_left_anywhere(fixture_run):
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                exe = os.readlink(f"/proc/{entry}/exe")
            except OSError:
                continue
            assert "/fixtures/fixture/" not in exe, (entry, exe)


def test_cleanup_without_pid_namespace(run_runner, tmp_path):
    pids = tmp_path / "pids"
    run = run_runner("--no-pidns", "fixture.leaves-processes", env={"PTC_FIXTURE_PIDS": str(pids)})
    assert run.proc.returncode == 0, run.proc.stdout
    listed = [int(p) for p in pids.read_text().split()]
    assert len(listed) == 5
    for pid in listed:
        assert not os.path.exists(f"/proc/{pid}"), pid


def test_parallel_output_in_stable_order(run_runner):
    one = run_runner("-j1", "--timeout-scale", "0.5").proc.stdout
    many = run_runner("-j4", "--timeout-scale", "0.5").proc.stdout
    strip = lambda s: [l.split(" # ")[0] for l in s.splitlines() if re.match(r"^(not )?ok ", l)]
    assert strip(one) == strip(many)


def test_alone_case_runs_with_nothing_beside_it(tmp_path):
    """A case with .needs "alone" (it changes a system-wide setting) starts
    only when no other case runs, and nothing starts until it finishes."""
    stream = tmp_path / "stream"
    subprocess.run([str(RUNNER), "--cases", str(FIXTURES), "--results", str(tmp_path / "r"),
                    "--timeout-scale", "0.5", "-j", "8", "--repeat", "3", "--shuffle=7",
                    "--stream", str(stream), "fixture.pass", "fixture.fail", "fixture.skip", "fixture.alone", "fixture.xfail"],
                   capture_output=True, text=True, timeout=120)
    running, alone_seen = set(), 0
    for line in stream.read_text().splitlines():
        kind, _, body = line[len("@ptc "):].partition(" ")
        if kind not in ("start", "case"):
            continue
        job = json.loads(body)
        key = (job["name"], job["iteration"])
        if kind == "start":
            assert not any(n == "fixture.alone" for n, _ in running), f"{key} started beside the alone case"
            if job["name"] == "fixture.alone":
                assert not running, f"the alone case started beside {running}"
                alone_seen += 1
            running.add(key)
        else:
            running.discard(key)
    assert alone_seen == 3


def test_repeat_and_shuffle(run_runner):
    run = run_runner("--repeat", "3", "--shuffle=42", "fixture.pass", "fixture.skip")
    assert run.proc.returncode == 0
    assert "# shuffle seed: 42" in run.proc.stdout
    data = run.json
    assert data["run"]["repeat"] == 3 and data["run"]["shuffle_seed"] == 42
    assert sorted(c["iteration"] for c in data["cases"] if c["name"] == "fixture.pass") == [1, 2, 3]
    assert len(data["cases"]) == 6


def test_patterns_select_groups_names_and_variants(run_runner):
    assert len(run_runner("--list", "fixture").proc.stdout.split()) == len(EXPECTED)
    assert run_runner("--list", "fixture.fail").proc.stdout.split() == [
        "fixture.fail.waitpid", "fixture.fail.waitid", "fixture.fail.wait4"]
    assert run_runner("--list", "fixture.fail.waitid").proc.stdout.split() == ["fixture.fail.waitid"]
    assert run_runner("--list", "fixture.x*").proc.stdout.split() == ["fixture.xfail", "fixture.xpass"]


@pytest.mark.parametrize("args, message", [
    (["--bogus"], "unrecognized option"),
    (["no-such-case"], "no case matches 'no-such-case'"),
    (["-j", "0"], "bad value for --jobs"),
    (["--repeat", "x"], "bad value for --repeat"),
    (["--timeout-scale", "-1"], "bad value for --timeout-scale"),
    (["--how", "vmware"], "--how takes host, qemu or uml"),
])
def test_bad_arguments(run_runner, args, message):
    run = run_runner(*args)
    assert run.proc.returncode == 2
    assert message in run.proc.stderr
    assert not (run.results / "results.json").exists()


def test_missing_cases_directory(tmp_path):
    proc = subprocess.run([str(RUNNER), "--cases", str(tmp_path / "nope")], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "cannot read the cases directory" in proc.stderr


def test_not_a_case_program(tmp_path):
    shutil.copy("/bin/true", tmp_path / "true")
    proc = subprocess.run([str(RUNNER), "--cases", str(tmp_path)], capture_output=True, text=True)
    assert proc.returncode == 2
    assert "is not a case program" in proc.stderr


def test_interrupt_keeps_partial_results(tmp_path):
    results = tmp_path / "results"
    start = time.monotonic()
    proc = subprocess.Popen([str(RUNNER), "--cases", str(FIXTURES), "--results", str(results), "-j1",
                             "--timeout-scale", "20", "fixture.hang-outside-wait", "fixture.skip"],
                            stdout=subprocess.PIPE, text=True)
    # The hang (20 s at this scale) runs first; interrupt once the plan is out.
    while not proc.stdout.readline().startswith("1.."):
        pass
    proc.send_signal(signal.SIGTERM)
    proc.stdout.read()
    assert proc.wait(timeout=30) == 130
    assert time.monotonic() - start < 15
    data = json.loads((results / "results.json").read_text())
    assert data["run"]["complete"] is False
    assert all(c["name"] == "fixture.hang-outside-wait" and c["reason"] == "interrupted"
               for c in data["cases"]), data["cases"]


def test_case_program_standalone_and_meta():
    prog = FIXTURES / "fixture" / "xfail"
    proc = subprocess.run([str(prog)], capture_output=True, text=True)
    assert proc.returncode == 2  # kselftest: xfail
    assert proc.stdout.startswith("TAP version 13\n1..1\n")
    meta = json.loads(subprocess.run([str(prog), "--meta"], capture_output=True, text=True).stdout)
    assert meta["name"] == "fixture.xfail" and "linux-git:" in meta["links"]
    bad = subprocess.run([str(prog), "--variant", "waitid"], capture_output=True, text=True)
    assert bad.returncode == 2 and "unknown variant" in bad.stderr


def test_every_real_case_has_metadata():
    proc = subprocess.run([str(RUNNER), "--cases", str(CASES), "--list"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    names = proc.stdout.split()
    assert len(names) >= 40
    for name in names:
        assert re.match(r"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+(\.(waitpid|waitid|wait4))?$", name), name
    for prog in CASES.glob("*/*"):
        meta = json.loads(subprocess.run([str(prog), "--meta"], capture_output=True, text=True).stdout)
        assert meta["claim"] and meta["man"], prog
