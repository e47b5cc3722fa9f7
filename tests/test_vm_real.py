# SPDX-License-Identifier: GPL-2.0
"""The VM runner on real kernels, kept few and short: user-mode Linux runs
a part of the suite, panics, and never reaches init; QEMU (TCG) boots
Debian's 6.1 for a part of the suite and panics. Each runs only where its
packages are installed (make vm-check installs them; so does
ci/install-vm-deps.sh), and not at all with PTC_NO_VM_TESTS=1. The kernel
cache under out/vm is shared with make vm-check; results go to a temporary
directory, never beside the user's runs."""
import os
import shutil
import subprocess
import time

import pytest

from vmreport_helpers import OUT, TOP, run_vm_check
import ptcresults as pr

NO_VM = os.environ.get("PTC_NO_VM_TESTS") == "1"
UML = os.path.exists("/usr/bin/linux.uml")
QEMU = shutil.which("qemu-system-x86_64") is not None
BUSYBOX = os.path.exists("/bin/busybox")
X86 = os.uname().machine == "x86_64"

pytestmark = pytest.mark.skipif(NO_VM or not BUSYBOX, reason="VM tests off, or no busybox-static")
BUILD = OUT / "build" / "native-static"


@pytest.fixture(scope="module")
def static_build():
    p = subprocess.run(["make", "-C", str(TOP), "-j2", f"OUT={OUT}", "STATIC=1", "all"],
                       capture_output=True, text=True, timeout=900)
    assert p.returncode == 0, p.stderr[-3000:]
    return str(BUILD)


def vm(tmp_path, build, spec, *extra, timeout=300):
    t = time.monotonic()
    p = run_vm_check(["--out", str(tmp_path), "--cache", str(OUT / "vm"), "--build", build, "--quiet",
                      "--label", "t"] + list(extra) + [spec], timeout=timeout)
    elapsed = time.monotonic() - t
    doc = pr.load(str(tmp_path / "results" / "t")) if (tmp_path / "results" / "t" / "results.json").exists() else None
    return p, doc, elapsed


def names(doc):
    return {c["name"]: c for c in doc["cases"]}


@pytest.mark.skipif(not UML, reason="needs user-mode-linux")
def test_uml_runs_part_of_the_suite(tmp_path, static_build):
    p, doc, elapsed = vm(tmp_path, static_build, "uml", "--runflags", "attach error")
    assert doc is not None, p.stderr
    c = names(doc)
    assert doc["vm"]["status"] == "ok", p.stderr
    assert doc["run"]["how"] == "uml" and doc["run"]["complete"]
    assert c["vm.boot"]["result"] == "pass" and c["vm.kernel-log"]["result"] == "pass"
    assert c["error.running-tracee-is-esrch"]["result"] == "pass"
    assert doc["kernel"]["uname"].startswith("Linux")
    assert (tmp_path / "results" / "t" / "kernel.log").read_text().count("Linux version") >= 1
    print(f"uml: boot {doc['vm']['boot_s']}s suite {doc['vm']['suite_s']}s total {elapsed:.1f}s")


@pytest.mark.skipif(not UML, reason="needs user-mode-linux")
def test_uml_kernel_that_panics(tmp_path, static_build):
    p, doc, elapsed = vm(tmp_path, static_build, "uml", "--append", "rdinit=/nonexistent")
    assert p.returncode == 1 and elapsed < 60
    assert doc["vm"]["status"] == "panic"
    assert "Kernel panic" in names(doc)["vm.boot"]["reason"]
    assert "vm-check: t: boot 1: the kernel panicked" in p.stderr


@pytest.mark.skipif(not UML, reason="needs user-mode-linux")
def test_uml_guest_that_never_reaches_init(tmp_path, static_build):
    # init is a busybox sleeping instead of the suite's init
    p, doc, elapsed = vm(tmp_path, static_build, "uml", "--append", "rdinit=/bin/busybox sleep 1000",
                         "--boot-timeout", "5")
    assert p.returncode == 1 and elapsed < 45
    assert doc["vm"]["status"] == "no-init"
    assert "did not reach init within 5s" in names(doc)["vm.boot"]["reason"]


def qemu_kernel_available():
    if not (QEMU and X86):
        return False
    cached = (OUT / "vm" / "kernels" / "x86_64").is_dir() and any((OUT / "vm" / "kernels" / "x86_64").iterdir())
    return cached or shutil.which("apt-get") is not None


@pytest.mark.skipif(not qemu_kernel_available(), reason="needs qemu-system-x86 and a Debian 6.1 kernel")
def test_qemu_61_runs_part_of_the_suite(tmp_path, static_build):
    p, doc, elapsed = vm(tmp_path, static_build, "6.1", "--runflags", "signal")
    assert doc is not None, p.stderr
    assert doc["vm"]["status"] == "ok", p.stderr
    assert doc["vm"]["accel"] == "tcg" and doc["kernel"]["release"].startswith("6.1.")
    assert names(doc)["signal.suppress-with-zero.waitpid"]["result"] == "pass"
    print(f"qemu 6.1: boot {doc['vm']['boot_s']}s suite {doc['vm']['suite_s']}s total {elapsed:.1f}s")


@pytest.mark.skipif(not qemu_kernel_available(), reason="needs qemu-system-x86 and a Debian 6.1 kernel")
def test_qemu_kernel_that_panics(tmp_path, static_build):
    p, doc, elapsed = vm(tmp_path, static_build, "6.1", "--append", "rdinit=/nonexistent")
    assert p.returncode == 1 and elapsed < 120
    assert doc["vm"]["status"] == "panic"
    panics = [s for s in doc["vm"]["splats"] if s["kind"] == "panic"]
    assert panics and "Unable to mount root fs" in panics[0]["excerpt"]
