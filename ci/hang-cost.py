#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""What hangs cost: the suite (or the given groups) under a lying ptrace
that makes cases hang (the mutant preload library, by default
interrupt-ignored: PTRACE_INTERRUPT does nothing), at a VM's timeout scale,
once with the supervisor's idle detection and once without, in one run.

    ci/hang-cost.py [--mutant NAME] [--timeout-scale F] [PATTERN...]

Prints the wall time and the number of timeouts of each. Build first
(make all out/build/native/mutant.so)."""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TOP = Path(__file__).resolve().parent.parent
OUT = Path(os.environ.get("OUT", TOP / "out"))
RUNNER = OUT / "bin" / "ptc-run"
CASES = OUT / "build" / "native" / "cases"
LIB = OUT / "build" / "native" / "mutant.so"


def run(args, detect, results):
    env = {**os.environ, "LD_PRELOAD": str(LIB), "PTC_MUTANT": args.mutant}
    if not detect:
        env["PTC_NO_IDLE_DETECTION"] = "1"
    start = time.monotonic()
    subprocess.run([str(RUNNER), "--cases", str(CASES), "--results", str(results),
                    "--timeout-scale", str(args.timeout_scale), *args.patterns],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    took = time.monotonic() - start
    try:
        cases = json.loads((results / "results.json").read_text())["cases"]
    except (OSError, ValueError) as e:
        sys.exit(f"hang-cost: the run left no valid results: {e}")
    return took, sum(c["result"] == "timeout" for c in cases), len(cases)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mutant", default="interrupt-ignored")
    ap.add_argument("--timeout-scale", type=float, default=10.0)
    ap.add_argument("patterns", nargs="*", default=["listen", "interrupt"])
    args = ap.parse_args()
    for need in (RUNNER, LIB):
        if not need.exists():
            sys.exit(f"hang-cost: {need} is missing: make all {LIB.relative_to(TOP)}")
    with tempfile.TemporaryDirectory() as tmp:
        rows = [(label, *run(args, detect, Path(tmp) / label))
                for label, detect in (("deadline only", False), ("idle detection", True))]
    print(f"mutant {args.mutant}, timeout scale {args.timeout_scale:g}, cases {' '.join(args.patterns)}")
    for label, took, timeouts, total in rows:
        print(f"  {label:15} {took:7.1f} s  {timeouts} of {total} timed out")


if __name__ == "__main__":
    main()
