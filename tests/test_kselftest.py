# SPDX-License-Identifier: GPL-2.0
"""make install INSTALL_PATH=<dir> gives a kselftest collection that the
kernel's own run_kselftest.sh runs unchanged (the scripts come from
Debian's linux-source package, fetched by ci/install-test-deps.sh)."""
import re
import shutil
import subprocess

from conftest import CASES, OUT, RUNNER, TOP

KSELFTEST = OUT / "kselftest-runner"


def test_collection_runs_under_kernel_runner(tmp_path):
    assert (KSELFTEST / "run_kselftest.sh").exists(), \
        f"{KSELFTEST} lacks the kernel's runner: run ci/install-test-deps.sh as root"
    dest = tmp_path / "kselftest"
    subprocess.run(["make", "-s", "install", f"INSTALL_PATH={dest}", f"OUT={OUT}"], cwd=TOP, check=True,
                   capture_output=True)
    shutil.copy(KSELFTEST / "run_kselftest.sh", dest)
    shutil.copytree(KSELFTEST / "kselftest", dest / "kselftest")
    names = subprocess.run([str(RUNNER), "--cases", str(CASES), "--list"], capture_output=True,
                           text=True, check=True).stdout.split()
    listed = subprocess.run([str(dest / "run_kselftest.sh"), "--list"], capture_output=True,
                            text=True).stdout.split()
    assert listed == [f"ptrace_conformance:{n}" for n in names]
    settings = (dest / "ptrace_conformance" / "settings").read_text()
    assert re.match(r"timeout=\d+", settings)

    run = subprocess.run([str(dest / "run_kselftest.sh"), "-c", "ptrace_conformance"],
                         capture_output=True, text=True, timeout=600)
    results = re.findall(r"^(ok|not ok) \d+ selftests: ptrace_conformance: (\S+)(.*)$", run.stdout, re.M)
    assert [r[1] for r in results] == names
    bad = [r for r in results if r[0] == "not ok"]
    assert not bad, bad
    # The nested stream of each case is the case's own TAP.
    assert "# TAP version 13" in run.stdout
