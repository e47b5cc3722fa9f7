#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""make mutants: run the suite once per mutant of libc's ptrace() and wait
functions (tests/mutants/mutant.c) and print which cases caught each one.

A mutant is caught when at least one case that passed (or xfailed, skipped)
without it turns into an unexpected result (fail, xpass, timeout, error).
A case that turns into skip or unsupported under a mutant is listed as
hiding it: a lie must never look like a missing feature. Every run must
also finish cleanly: a valid results file, no kill() of pid 0 or -1."""
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

TOP = Path(__file__).resolve().parent.parent.parent
OUT = Path(os.environ.get("OUT", TOP / "out"))
RUNNER = OUT / "bin" / "ptc-run"
CASES = OUT / "build" / "native" / "cases"
LIB = OUT / "build" / "native" / "mutant.so"
UNEXPECTED = {"fail", "xpass", "timeout", "error"}
SCALE = os.environ.get("MUTANT_TIMEOUT_SCALE", "0.3")


def mutant_names():
    src = (TOP / "tests" / "mutants" / "mutant.c").read_text()
    return sorted(set(re.findall(r'lying\("([a-z0-9-]+)"\)', src)))


def run_suite(name, dest, patterns):
    dest.mkdir(parents=True, exist_ok=True)
    log = dest / "kill.log"
    log.unlink(missing_ok=True)
    env = {**os.environ, "LD_PRELOAD": str(LIB), "PTC_MUTANT_LOG": str(log)}
    if name:
        env["PTC_MUTANT"] = name
    # No PID namespace: the runner must stay the honest process that loaded
    # the library.
    start = time.monotonic()
    proc = subprocess.run([str(RUNNER), "--cases", str(CASES), "--results", str(dest), "--no-pidns",
                           "--timeout-scale", SCALE, *patterns], capture_output=True, text=True,
                          env=env)
    took = time.monotonic() - start
    try:
        data = json.loads((dest / "results.json").read_text())
    except (OSError, ValueError) as e:
        sys.exit(f"mutants: the run under {name or 'no mutant'} left no valid results ({e}); "
                 f"runner exit {proc.returncode}:\n{proc.stderr[-2000:]}")
    if proc.returncode not in (0, 1) or not proc.stdout.startswith("TAP version 13\n"):
        sys.exit(f"mutants: the runner broke under {name}: exit {proc.returncode}\n{proc.stderr[-2000:]}")
    kills = log.read_text().splitlines() if log.exists() else []
    return {c["name"]: c["result"] for c in data["cases"]}, kills, took


def main():
    patterns = sys.argv[1:]
    if not LIB.exists():
        sys.exit(f"mutants: {LIB} is missing: run make mutants")
    base, kills, took = run_suite(None, OUT / "mutants" / "baseline", patterns)
    bad = [n for n, r in base.items() if r in UNEXPECTED]
    if bad or kills:
        sys.exit(f"mutants: the suite is not clean without a mutant: {bad} {kills}")
    print(f"baseline: {len(base)} cases, all expected ({took:.1f} s)")
    rows, survivors, unsafe = [], [], []
    for name in mutant_names():
        got, kills, took = run_suite(name, OUT / "mutants" / name, patterns)
        caught = sorted(n for n, r in got.items() if r in UNEXPECTED and base.get(n) not in UNEXPECTED)
        hidden = sorted(n for n, r in got.items()
                        if r in ("skip", "unsupported") and base.get(n) not in ("skip", "unsupported"))
        rows.append((name, caught, hidden, took))
        if not caught:
            survivors.append(name)
        if kills:
            unsafe.append((name, kills))
    width = max(len(r[0]) for r in rows)
    print(f"{'mutant':<{width}}  caught  hidden  secs  examples")
    for name, caught, hidden, took in rows:
        print(f"{name:<{width}}  {len(caught):6}  {len(hidden):6}  {took:4.1f}  {', '.join(caught[:3])}")
    print(f"score: {len(rows) - len(survivors)}/{len(rows)} mutants caught")
    for name, kills in unsafe:
        print(f"UNSAFE under {name}: {kills[:3]}")
    if survivors:
        print("survivors (a missing or weak case): " + ", ".join(survivors))
    sys.exit(1 if survivors or unsafe else 0)


if __name__ == "__main__":
    main()
