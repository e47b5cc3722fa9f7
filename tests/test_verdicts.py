# SPDX-License-Identifier: GPL-2.0
"""Honest verdicts: what the machine cannot show is a skip naming the
platform probe; a refusal is unsupported only where the kernel's version or
config explain it, and a failure where they say the feature is there.

Platform facts are forced through the test-only override PTC_PLATFORM
("name=yes|no|unknown detail" lines; harness/platform.h), kernel configs
through --kconfig, and a kernel that lost a request through the mutant
preload library (tests/mutants/mutant.c)."""
import gzip
import json
import os
import subprocess

import jsonschema
import pytest

from conftest import CASES, FIXTURES, OUT, RUNNER, SCHEMA

FACTS = {
    "hw-breakpoint": "this machine delivers no hardware breakpoint",
    "exec-32bit": "this machine does not execute 32-bit programs",
    "int80": "int $0x80 does not reach the i386 system calls here",
    "user-ns": "user namespaces cannot be created here",
    "yama": "the Yama LSM is not active",
    "seccomp-filter": "seccomp filters cannot be installed here",
}
MUTANT_LIB = OUT / "build" / "native" / "mutant.so"


def platform(**states):
    """A PTC_PLATFORM value: every fact yes unless given."""
    return "".join(f"{f}={states.get(f, 'yes')} forced by the self-test\n" for f in FACTS)


def run(args, env=None, cases=FIXTURES, timeout=120):
    return subprocess.run([str(RUNNER), "--cases", str(cases), *args], capture_output=True,
                          text=True, timeout=timeout, env={**os.environ, **(env or {})})


def results(path):
    data = json.loads((path / "results.json").read_text())
    jsonschema.validate(data, json.loads(SCHEMA.read_text()))
    return data, {c["name"]: c for c in data["cases"]}


@pytest.mark.parametrize("fact", sorted(FACTS))
def test_missing_platform_fact_is_a_skip_with_its_reason(fact, tmp_path):
    proc = run(["--results", str(tmp_path), "fixture.needs-platform"],
               env={"PTC_PLATFORM": platform(**{fact: "no"})})
    assert proc.returncode == 0, proc.stdout
    data, case = results(tmp_path)
    got = case["fixture.needs-platform"]
    assert got["result"] == "skip"
    assert got["reason"] == f"{FACTS[fact]}: forced by the self-test"
    # The run records the fact as given, not probed, in JSON and TAP.
    assert data["platform"]["facts"][fact] == {
        "state": "no", "detail": "forced by the self-test", "given": True}
    assert f"# platform: {fact}=no (given: forced by the self-test)" in proc.stdout
    assert f"ok 1 fixture.needs-platform # SKIP {FACTS[fact]}" in proc.stdout


def test_unknown_fact_does_not_skip(tmp_path):
    proc = run(["--results", str(tmp_path), "fixture.needs-platform"],
               env={"PTC_PLATFORM": platform(**{"hw-breakpoint": "unknown"})})
    assert proc.returncode == 0
    assert results(tmp_path)[1]["fixture.needs-platform"]["result"] == "pass"


def test_standalone_case_reads_the_override():
    prog = FIXTURES / "fixture" / "needs-platform"
    proc = subprocess.run([str(prog)], capture_output=True, text=True,
                          env={**os.environ, "PTC_PLATFORM": platform(int80="no")})
    assert proc.returncode == 4, proc.stdout
    assert f"# SKIP {FACTS['int80']}: forced by the self-test" in proc.stdout


def test_i386_run_skipped_with_one_line_without_32bit_exec(tmp_path):
    proc = run(["--abi", "i386", "--results", str(tmp_path)],
               env={"PTC_PLATFORM": platform(**{"exec-32bit": "no"})})
    assert proc.returncode == 0
    assert proc.stdout.splitlines() == [
        "TAP version 13",
        "1..0 # SKIP the 32-bit (i386) run: this machine does not execute 32-bit programs: "
        "forced by the self-test"]
    assert not (tmp_path / "results.json").exists()


def test_platform_option_and_exit_status():
    env = {"PTC_PLATFORM": platform(**{"hw-breakpoint": "no"})}
    proc = run(["--platform=hw-breakpoint"], env=env)
    assert proc.returncode == 1
    assert proc.stdout == "hw-breakpoint no forced by the self-test\n"
    assert run(["--platform=int80"], env=env).returncode == 0
    proc = run(["--platform=no-such-fact"], env=env)
    assert proc.returncode == 2 and "unknown platform fact 'no-such-fact'" in proc.stderr
    lines = run(["--platform"], env=env).stdout.splitlines()
    assert [l.split()[0] for l in lines] == list(FACTS)


def test_crashing_probe_marks_the_fact_unknown(tmp_path):
    proc = run(["--results", str(tmp_path), "fixture.needs-platform"],
               env={"PTC_PLATFORM_CRASH": "user-ns", "PTC_PLATFORM": ""})
    data, _ = results(tmp_path)
    fact = data["platform"]["facts"]["user-ns"]
    assert fact["state"] == "unknown"
    assert "the user-ns probe crashed" in fact["detail"], fact
    assert "# platform: user-ns=unknown (the user-ns probe crashed" in proc.stdout
    assert data["run"]["complete"] is True


def test_malformed_override_is_reported():
    proc = run(["--platform=hw-breakpoint"], env={"PTC_PLATFORM": "hw-breakpoint=maybe x\n"})
    assert "unknown state in 'hw-breakpoint=maybe x'" in proc.stderr


# ---- refusals judged against version and config ----------------------------------------

def kconfig(tmp_path, text, name="config"):
    path = tmp_path / name
    if name.endswith(".gz"):
        path.write_bytes(gzip.compress(text.encode()))
    else:
        path.write_text(text)
    return path


def test_refusal_with_the_config_present_is_a_regression(tmp_path):
    cfg = kconfig(tmp_path, "CONFIG_HAVE_ARCH_TRACEHOOK=y\n")
    proc = run(["--results", str(tmp_path / "r"), "--kconfig", str(cfg), "fixture.unsupported"])
    assert proc.returncode == 1
    case = results(tmp_path / "r")[1]["fixture.unsupported"]
    assert case["result"] == "fail"
    assert any("regressed:" in d and ">= 6.16 and CONFIG_HAVE_ARCH_TRACEHOOK=y, yet "
               "PTRACE_SET_SYSCALL_INFO fails with EIO" in d for d in case["diagnostics"]), case


def test_refusal_with_the_option_missing_is_unsupported(tmp_path):
    cfg = kconfig(tmp_path, "# CONFIG_HAVE_ARCH_TRACEHOOK is not set\nCONFIG_X86=y\n", "config.gz")
    proc = run(["--results", str(tmp_path / "r"), "--kconfig", str(cfg), "fixture.unsupported"])
    assert proc.returncode == 0, proc.stdout
    case = results(tmp_path / "r")[1]["fixture.unsupported"]
    assert case["result"] == "unsupported"
    assert case["reason"] == ("PTRACE_SET_SYSCALL_INFO: not supported by this kernel (built "
                              f"without CONFIG_HAVE_ARCH_TRACEHOOK, per {cfg})")
    assert case["feature"] == "PTRACE_SET_SYSCALL_INFO"


@pytest.mark.parametrize("content,message", [
    (None, "No such file or directory"),
    ("this is not a config\n", "not a kernel config"),
])
def test_unreadable_config_is_unverified(tmp_path, content, message):
    cfg = tmp_path / "config"
    if content is not None:
        cfg.write_text(content)
    proc = run(["--results", str(tmp_path / "r"), "--kconfig", str(cfg), "fixture.unsupported"])
    assert proc.returncode == 0
    assert f"ptc-run: --kconfig {cfg}: " in proc.stderr and message in proc.stderr
    data, case = results(tmp_path / "r")
    assert case["fixture.unsupported"]["result"] == "unsupported"
    assert "could not verify: it needs CONFIG_HAVE_ARCH_TRACEHOOK" in case["fixture.unsupported"]["reason"]
    assert data["platform"]["kernel_config"]["source"] is None
    assert message in data["platform"]["kernel_config"]["note"]


@pytest.fixture
def mutant_lib():
    if not MUTANT_LIB.exists():
        pytest.fail(f"{MUTANT_LIB} is missing: run make selftest")
    return MUTANT_LIB


@pytest.mark.parametrize("config,result,text", [
    ("CONFIG_HAVE_ARCH_TRACEHOOK=y\n", "fail", "regressed:"),
    ("# CONFIG_HAVE_ARCH_TRACEHOOK is not set\n", "unsupported", "built without CONFIG_HAVE_ARCH_TRACEHOOK"),
])
def test_real_case_under_a_kernel_that_lost_the_request(tmp_path, mutant_lib, config, result, text):
    """A real case, its PTRACE_GET_SYSCALL_INFO answered EIO (the request
    exists since 5.3; this kernel is newer): a failure with the option set,
    unsupported naming the option without it."""
    if not CASES.joinpath("syscall-info", "entry-op-size-80").exists():
        pytest.fail("the suite is not built: run make selftest")
    cfg = kconfig(tmp_path, config)
    proc = run(["--results", str(tmp_path / "r"), "--kconfig", str(cfg), "--no-pidns",
                "syscall-info.entry-op-size-80"], cases=CASES,
               env={"LD_PRELOAD": str(mutant_lib), "PTC_MUTANT": "syscall-info-refused"})
    case = results(tmp_path / "r")[1]["syscall-info.entry-op-size-80"]
    assert case["result"] == result, case
    assert any(text in line for line in [case["reason"], *case["diagnostics"]]), case
    assert proc.returncode == (1 if result == "fail" else 0)
