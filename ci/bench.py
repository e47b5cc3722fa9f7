#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""make bench: the suite's speed figures on this machine.

- build time from clean (make -jN into a scratch output directory),
- the whole suite's wall time on the host at the default parallelism
  (median of several runs, each timed by the runner itself),
- the median time per case (from the cases' own durations),
- the per-case overhead of the harness against the floor, both measured in
  this run: the floor is fork, exec and reap of a trivial program
  (ci/floor.c spawning /bin/true); the overhead is the median duration of a
  case that checks one thing (the self-test fixture "pass"), run serially,
- with VM_KERNELS set (e.g. VM_KERNELS="6.1 uml"; VM_ARM64_KERNELS for
  arm64 guests), per kernel before and after the lean guest (the static
  build, then the dynamic one): the initramfs's size, its build time from
  cold and after one case changed, and boot and suite time under make
  vm-check.
Prints one line per figure; the closing notes quote them."""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TOP = Path(__file__).resolve().parent.parent
RUNS = int(os.environ.get("BENCH_RUNS", "5"))


# Before and after the lean guest: the static build (a C library in every
# case program) and the dynamically linked one (make vm-check's default).
VM_MODES = (("before (static)", "1"), ("after (dynamic)", "0"))


def payload_figures(out, arch, static, busybox):
    """(size in bytes, cold build s, rebuild s after one case changed) of
    the initramfs of one build, built into a scratch cache."""
    sys.path.insert(0, str(TOP / "ci"))
    from vmcheck import initramfs
    build = out / "build" / (("arm64" if static == "1" else "arm64-dynamic") if arch == "arm64"
                             else ("native-static" if static == "1" else "native"))
    strip = "llvm-strip" if arch == "arm64" else "strip"
    with tempfile.TemporaryDirectory() as cache:
        start = time.monotonic()
        base = initramfs.build_base(str(build), busybox, cache, strip, log=lambda m: None)
        cold = time.monotonic() - start
        one = next(p for p in sorted((build / "cases").rglob("*")) if p.is_file())
        os.utime(one)
        start = time.monotonic()
        base = initramfs.build_base(str(build), busybox, cache, strip, log=lambda m: None)
        return os.path.getsize(base), cold, time.monotonic() - start


def vm_figure(out, kernel, arch, static):
    """Boot plus suite of one kernel, as the run itself recorded them (the
    build and downloads before it are not counted; kernels come from the
    usual cache, out/vm), with the payload's figures."""
    runs = out / "results"
    before = set(runs.iterdir()) if runs.exists() else set()
    vm = subprocess.run(["make", "-s", f"OUT={out}", "vm-check", f"KERNEL={kernel}", "KNOWN=ci/known",
                         f"ARCH={arch}", f"VM_STATIC={static}",
                         f"VM_FLAGS=--cache {TOP / 'out' / 'vm'}"], cwd=TOP,
                        capture_output=True, text=True)
    try:
        new = sorted(set(runs.iterdir()) - before)
        if len(new) != 1:
            raise ValueError(f"{len(new)} new runs under {runs}")
        v = json.loads((new[0] / "results.json").read_text())["vm"]
    except (OSError, ValueError, KeyError) as e:
        return None, f"no results ({e}); exit {vm.returncode}: {vm.stderr[-500:]}"
    boots = f" in {len(v['boots'])} boots" if v.get("boots") else ""
    return v, (f"boot {v['boot_s']:.1f} s + suite {v['suite_s']:.1f} s = {v['total_s']:.1f} s{boots}, "
               f"memory {v.get('memory_mb', '?')} MiB"
               f"{'' if vm.returncode == 0 else ' (differs from its known results, or failed)'}")


def vm_lines(out, kernels, arch):
    """Per kernel, before and after: payload size and build time, boot and suite."""
    if not kernels:
        return []
    lines = []
    for mode, static in VM_MODES:
        built = subprocess.run(["make", "-s", "-j2", f"OUT={out}", f"STATIC={static}",
                                f"ARCH={'arm64' if arch == 'arm64' else 'native'}", "all"],
                               cwd=TOP, capture_output=True, text=True)
        if built.returncode:
            lines.append(f"vm {arch} {mode}: the build failed: {built.stderr[-500:]}")
            continue
        busybox = "/bin/busybox" if arch != "arm64" else str(TOP / "out" / "vm" / "busybox" / "arm64" / "busybox")
        size, cold, again = payload_figures(out, arch, static, busybox)
        for kernel in kernels:
            _, text = vm_figure(out, kernel, arch, static)
            lines.append(f"vm-check KERNEL={kernel} ARCH={arch} {mode}: payload {size / 1e6:.1f} MB "
                         f"built in {cold:.1f} s (one case changed: {again:.2f} s); {text}")
    return lines


def main():
    ncpu = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "out"
        start = time.monotonic()
        build = subprocess.run(["make", "-s", f"-j{ncpu}", f"OUT={out}", "all"], cwd=TOP,
                               capture_output=True, text=True)
        build_s = time.monotonic() - start
        if build.returncode:
            sys.exit(f"bench: the build failed:\n{build.stderr}")
        walls, per_case, ncases = [], [], 0
        for i in range(RUNS):
            results = Path(scratch) / f"run{i}"
            run = subprocess.run([str(out / "bin/ptc-run"), "--cases", str(out / "build/native/cases"),
                                  "--results", str(results)], capture_output=True, text=True)
            if run.returncode:
                sys.exit(f"bench: the suite had unexpected results:\n{run.stdout[-2000:]}")
            data = json.loads((results / "results.json").read_text())
            walls.append(data["run"]["duration_s"])
            per_case += [c["duration_ms"] for c in data["cases"]]
            ncases = len(data["cases"])
        floor_bin = Path(scratch) / "floor"
        subprocess.run(["cc", "-O2", "-o", str(floor_bin), str(TOP / "ci" / "floor.c")], check=True)
        floor_us = float(subprocess.run([str(floor_bin), "/bin/true", "400"], capture_output=True,
                                        text=True, check=True).stdout)
        subprocess.run(["make", "-s", f"OUT={out}", "fixtures"], cwd=TOP, check=True,
                       capture_output=True)
        trivial = Path(scratch) / "trivial"
        subprocess.run([str(out / "bin/ptc-run"), "--cases", str(out / "build/native/fixtures"),
                        "--results", str(trivial), "-j1", "--repeat", "400", "fixture.pass"],
                       capture_output=True, check=True)
        trivial_ms = statistics.median(
            c["duration_ms"] for c in json.loads((trivial / "results.json").read_text())["cases"])
        vm = vm_lines(out, os.environ.get("VM_KERNELS", "").split(), os.uname().machine) + \
            vm_lines(out, os.environ.get("VM_ARM64_KERNELS", "").split(), "arm64")
    print(f"cases (runs of case programs): {ncases}, on {ncpu} CPUs")
    print(f"build from clean (make -j{ncpu}): {build_s:.1f} s")
    print(f"suite wall time, median of {RUNS}: {statistics.median(walls):.2f} s "
          f"(min {min(walls):.2f}, max {max(walls):.2f})")
    print(f"time per case, median: {statistics.median(per_case):.2f} ms")
    print(f"floor (fork+exec+reap of /bin/true), median: {floor_us / 1000:.2f} ms")
    print(f"trivial case through the harness, median: {trivial_ms:.2f} ms "
          f"({trivial_ms * 1000 / floor_us:.1f} x the floor)")
    for line in vm:
        print(line)


if __name__ == "__main__":
    main()
