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
- with VM_KERNELS set (e.g. VM_KERNELS="6.1 uml"), the boot-plus-suite time
  of each kernel under make vm-check.
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


def vm_figure(out, kernel):
    """Boot plus suite of one kernel, as the run itself recorded them (the
    static build and downloads before it are not counted; kernels come from
    the usual cache, out/vm)."""
    runs = out / "results"
    before = set(runs.iterdir()) if runs.exists() else set()
    vm = subprocess.run(["make", "-s", f"OUT={out}", "vm-check", f"KERNEL={kernel}", "KNOWN=ci/known",
                         f"VM_FLAGS=--cache {TOP / 'out' / 'vm'}"], cwd=TOP,
                        capture_output=True, text=True)
    try:
        new = sorted(set(runs.iterdir()) - before)
        if len(new) != 1:
            raise ValueError(f"{len(new)} new runs under {runs}")
        v = json.loads((new[0] / "results.json").read_text())["vm"]
    except (OSError, ValueError, KeyError) as e:
        return f"vm-check KERNEL={kernel}: no results ({e}); exit {vm.returncode}: {vm.stderr[-500:]}"
    boots = f" in {len(v['boots'])} boots" if v.get("boots") else ""
    return (f"vm-check KERNEL={kernel}: boot {v['boot_s']:.1f} s + suite {v['suite_s']:.1f} s = "
            f"{v['total_s']:.1f} s{boots}"
            f"{'' if vm.returncode == 0 else ' (differs from its known results, or failed)'}")


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
        vm_lines = []
        for kernel in os.environ.get("VM_KERNELS", "").split():
            vm_lines.append(vm_figure(out, kernel))
    print(f"cases (runs of case programs): {ncases}, on {ncpu} CPUs")
    print(f"build from clean (make -j{ncpu}): {build_s:.1f} s")
    print(f"suite wall time, median of {RUNS}: {statistics.median(walls):.2f} s "
          f"(min {min(walls):.2f}, max {max(walls):.2f})")
    print(f"time per case, median: {statistics.median(per_case):.2f} ms")
    print(f"floor (fork+exec+reap of /bin/true), median: {floor_us / 1000:.2f} ms")
    print(f"trivial case through the harness, median: {trivial_ms:.2f} ms "
          f"({trivial_ms * 1000 / floor_us:.1f} x the floor)")
    for line in vm_lines:
        print(line)


if __name__ == "__main__":
    main()
