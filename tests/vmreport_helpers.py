# SPDX-License-Identifier: GPL-2.0
"""Shared by the VM runner's and the report's self-tests: paths, a fake
kernel image and build tree, synthetic results runs."""
import copy
import json
import os
import struct
import subprocess
import sys
from pathlib import Path

TOP = Path(__file__).resolve().parent.parent
OUT = Path(os.environ.get("OUT", TOP / "out"))
PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable
VM_CHECK = TOP / "ci" / "vm-check.py"
REPORT = TOP / "reports" / "report.py"
REGRESSIONS = TOP / "reports" / "regressions.py"
FAKE_EMULATOR = TOP / "tests" / "vm_fake_emulator.py"

for p in (TOP / "ci", TOP / "reports"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))


def fake_bzimage(path, release="9.9.9-fake"):
    """Enough of an x86 boot image for the runner to recognise it."""
    data = bytearray(0x400)
    data[0x202:0x206] = b"HdrS"
    struct.pack_into("<H", data, 0x20E, 0x200 - 0x200 + 0x100)   # version string at 0x300
    ver = f"{release} (fake@fake) #1".encode()
    data[0x300:0x300 + len(ver)] = ver
    Path(path).write_bytes(bytes(data))
    return str(path)


def fake_build(dirpath):
    """A build tree with a runner and two 'case programs' (any executable)."""
    d = Path(dirpath)
    (d / "bin").mkdir(parents=True)
    (d / "cases" / "fake").mkdir(parents=True)
    for p in (d / "bin" / "ptc-run", d / "cases" / "fake" / "one", d / "cases" / "fake" / "two"):
        p.write_bytes(b"#!/bin/sh\nexit 0\n")
        p.chmod(0o755)
    return str(d)


def run_vm_check(args, env=None, timeout=120):
    return subprocess.run([PYTHON, str(VM_CHECK), "--no-install"] + list(args), capture_output=True,
                          text=True, timeout=timeout, env={**os.environ, **(env or {})})


# ---- synthetic results ---------------------------------------------------------------------

META = {"claim": "", "man": "", "spec": "", "since": "", "needs": "", "variants": "", "xfail": "",
        "kernels": "", "links": "", "man_stale": "", "source": "", "timeout": ""}


def case(name, result, reason="", variant=None, iteration=1, feature=None, diagnostics=(), trace=(),
         **meta):
    group, behaviour = name.split(".")[:2]
    m = dict(META)
    m.update(meta)
    m.setdefault("claim", f"claim of {name}")
    if not m["claim"]:
        m["claim"] = f"the claim of {group}.{behaviour}"
    m["source"] = f"cases/{group}/{behaviour}.c"
    full = f"{group}.{behaviour}" + (f".{variant}" if variant else "")
    return {"name": full, "case": f"{group}.{behaviour}", "group": group, "behaviour": behaviour,
            "variant": variant, "iteration": iteration, "result": result, "reason": reason,
            "feature": feature, "duration_ms": 1.0, "diagnostics": list(diagnostics),
            "trace": list(trace), "output": "", "meta": m}


def run_doc(label, release, cases, how="host", arch="x86_64", vm=None):
    totals = {s: 0 for s in ["pass", "fail", "skip", "unsupported", "xfail", "xpass", "timeout", "error"]}
    for c in cases:
        totals[c["result"]] += 1
    d = {"schema": "ptrace-conformance-results/1",
         "suite": {"name": "ptrace-conformance", "version": "0.1.0"},
         "kernel": {"release": release, "uname": f"Linux t {release} x86_64", "arch": arch},
         "run": {"label": label, "how": how, "tracee_abi": "native", "started": "2026-01-01T00:00:00Z",
                 "duration_s": 1.0, "jobs": 2, "repeat": 1, "shuffle_seed": None, "timeout_scale": 1,
                 "pid_namespace": True, "complete": True},
         "totals": totals, "cases": copy.deepcopy(cases)}
    if vm:
        d["vm"] = vm
    return d


def vm_info(spec, status="ok", splats=()):
    return {"spec": spec, "kernel": {"source": "debian-package", "image": "/x/vmlinuz", "release": "6.1.0-x",
                                     "arch": "x86_64", "package": "linux-image-x", "version": "6.1.1-1"},
            "arch": "x86_64", "accel": "tcg", "emulator": "QEMU emulator version 7.2",
            "status": status, "error": None if status == "ok" else "it broke",
            "boot_s": 5.0, "suite_s": 10.0, "total_s": 15.0, "splats": list(splats), "notices": [],
            "kernel_log": "kernel.log", "reproduce": f"make vm-check KERNEL={spec}",
            "timeout_scale": 10}


def synthetic_runs():
    """Three runs with every result state, a regression, a fix and an
    unsupported request, keyed by label."""
    common = [
        case("attach.stops", "pass", variant="waitpid", man="PTRACE_ATTACH", spec="C143"),
        case("attach.stops", "pass", variant="waitid", man="PTRACE_ATTACH", spec="C143"),
        case("signal.inject", "pass", man="Signal injection", spec="C233"),
    ]
    host = run_doc("host", "6.18.0", common + [
        case("syscall.info", "pass", since="5.3", man="PTRACE_GET_SYSCALL_INFO"),
        case("kill.oldbug", "xpass", xfail="documented bug", links="https://bugs.example/1"),
        case("errors.stale", "pass", man_stale="the man page says EIO; the kernel says ESRCH"),
        case("perm.root", "skip", "needs root"),
    ])
    old = run_doc("qemu-old", "6.1.0", common + [
        case("syscall.info", "unsupported", "PTRACE_GET_SYSCALL_INFO: not supported by this kernel (added in 5.3)",
             feature="PTRACE_GET_SYSCALL_INFO", since="5.3", man="PTRACE_GET_SYSCALL_INFO"),
        case("kill.oldbug", "xfail", "documented bug", xfail="documented bug", links="https://bugs.example/1"),
        case("errors.stale", "fail", diagnostics=["x.c:1: expected ESRCH, got EIO"],
             man_stale="the man page says EIO; the kernel says ESRCH", links="linux-git:0123456789ab"),
        case("perm.root", "timeout", "the case program did not end by its deadline"),
    ], how="qemu", vm=vm_info("6.1"))
    new = run_doc("qemu-new", "6.12.0", [
        common[0],
        case("attach.stops", "fail", variant="waitid", diagnostics=["attach.c:12: expected SIGSTOP"],
             trace=["PTRACE_ATTACH(5, 0, 0) = 0", "waitid(P_PID, 5) = 5 status 0x137f"],
             man="PTRACE_ATTACH", spec="C143", links="linux-git:deadbeef1234"),
        common[2],
        case("syscall.info", "pass", since="5.3", man="PTRACE_GET_SYSCALL_INFO"),
        case("kill.oldbug", "xfail", "documented bug", xfail="documented bug", links="https://bugs.example/1"),
        case("errors.stale", "pass", man_stale="the man page says EIO; the kernel says ESRCH"),
        case("perm.root", "error", "the case program was killed by signal 11"),
    ], how="qemu", vm=vm_info("6.12", splats=[{"kind": "WARN", "line": 3, "fails": True,
                                               "excerpt": "WARNING: CPU: 0 PID: 1 at x"}]))
    return {"host": host, "qemu-old": old, "qemu-new": new}


def write_runs(results_dir, runs):
    for label, doc in runs.items():
        d = Path(results_dir) / label
        d.mkdir(parents=True, exist_ok=True)
        (d / "results.json").write_text(json.dumps(doc, indent=1))
    return str(results_dir)
