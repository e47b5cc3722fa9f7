#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""make stress: hunt flakes. Runs the whole suite RUNS times (default 100),
shuffled, in parallel, while another process saturates every core
(stress-ng, installed with apt-get when missing and possible), and reports
every unexpected result with its run and seed. A flake found here is fixed
at its root, never by a retry or a longer deadline."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TOP = Path(__file__).resolve().parent.parent
OUT = Path(os.environ.get("OUT", TOP / "out"))
RUNNER = OUT / "bin" / "ptc-run"
sys.path.insert(0, str(TOP / "reports"))
from ptcresults import BAD as UNEXPECTED  # noqa: E402  (the one definition)


def ensure_stress_ng():
    if shutil.which("stress-ng"):
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(["apt-get", "install", "-y", "-qq", "stress-ng"], check=False,
                       stdout=subprocess.DEVNULL, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    if not shutil.which("stress-ng"):
        sys.exit("stress: needs stress-ng for the CPU load (apt-get install stress-ng)")


def main():
    runs = int(os.environ.get("RUNS", "100"))
    abi = os.environ.get("ABI", "native")
    cases = OUT / "build" / abi / "cases"
    ncpu = os.cpu_count() or 1
    ensure_stress_ng()
    load = subprocess.Popen(["stress-ng", "--cpu", str(ncpu), "--timeout", "0", "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    flakes, total = [], 0
    start = time.monotonic()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for i in range(runs):
                seed = int.from_bytes(os.urandom(3), "little")
                dest = Path(tmp) / f"run{i}"
                proc = subprocess.run([str(RUNNER), "--cases", str(cases), "--results", str(dest),
                                       "-j", str(2 * ncpu), f"--shuffle={seed}", *sys.argv[1:]],
                                      capture_output=True, text=True)
                data = json.loads((dest / "results.json").read_text())
                total += len(data["cases"])
                for c in data["cases"]:
                    if c["result"] in UNEXPECTED:
                        flakes.append((i, seed, c["name"], c["result"], c["reason"], c["diagnostics"][:3]))
                        keep = OUT / "stress" / f"run{i}-seed{seed}"
                        keep.parent.mkdir(parents=True, exist_ok=True)
                        shutil.copytree(dest, keep, dirs_exist_ok=True)
                print(f"run {i + 1}/{runs} (seed {seed}): {len(data['cases'])} cases, "
                      f"{sum(c['result'] in UNEXPECTED for c in data['cases'])} unexpected", flush=True)
    finally:
        load.kill()
        load.wait()
    took = time.monotonic() - start
    print(f"stress: {runs} runs, {total} case runs under load on {ncpu} CPUs in {took:.0f} s: "
          f"{len(flakes)} unexpected results")
    for f in flakes:
        print(f"  run {f[0]} seed {f[1]}: {f[2]} {f[3]}: {f[4]} {f[5]}")
    sys.exit(1 if flakes else 0)


if __name__ == "__main__":
    main()
