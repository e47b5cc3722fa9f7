#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""make bench: the suite's speed figures on this machine.

- build time from clean (make -jN into a scratch output directory),
- the whole suite's wall time on the host at the default parallelism
  (median of several runs, each timed by the runner itself),
- the median time per case (from the cases' own durations).
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
    print(f"cases (runs of case programs): {ncases}, on {ncpu} CPUs")
    print(f"build from clean (make -j{ncpu}): {build_s:.1f} s")
    print(f"suite wall time, median of {RUNS}: {statistics.median(walls):.2f} s "
          f"(min {min(walls):.2f}, max {max(walls):.2f})")
    print(f"time per case, median: {statistics.median(per_case):.2f} ms")


if __name__ == "__main__":
    main()
