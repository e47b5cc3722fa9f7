#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""make history LINE=6.1|6.12 [FLAVOUR=amd64|rt-amd64|cloud-amd64]: the suite
on every point release of a Debian kernel line the archive serves, then the
history of each case across all the releases ever run.

Each release runs once with `make vm-check KERNEL=<package>` under the label
history-<package>; a label that already holds results is kept as it is, so a
run whose package has left the archive stays in the history. --view only
prints the history of what was collected."""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TOP, "reports"))

import ptcresults as pr  # noqa: E402
from line_history import (HistoryError, LABEL_PREFIX, package_pattern, packages,  # noqa: E402
                          view)


def archive_names():
    p = subprocess.run(["apt-cache", "pkgnames", "linux-image-6."], capture_output=True, text=True)
    if p.returncode:
        raise HistoryError(f"apt-cache pkgnames failed: {p.stderr.strip()}")
    return p.stdout.split()


def collected(results_dir, line, flavour):
    """Runs already kept for this line and flavour: package -> run."""
    pat = package_pattern(line, flavour)
    out = {}
    for d in pr.run_dirs(results_dir):
        label = os.path.basename(d)
        if label.startswith(LABEL_PREFIX) and pat.match(label[len(LABEL_PREFIX):]):
            out[label[len(LABEL_PREFIX):]] = pr.load(d)
    return out


def main(argv=None):
    p = argparse.ArgumentParser(prog="history", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--line", default="", help="6.1 or 6.12")
    p.add_argument("--flavour", default="amd64", help="amd64, rt-amd64 or cloud-amd64")
    p.add_argument("--results", default=os.path.join(TOP, "out", "results"))
    p.add_argument("--view", action="store_true", help="only print the history of what was collected")
    p.add_argument("--vm-check", default="make vm-check",
                   help="the command that runs one kernel (KERNEL= and LABEL= are added)")
    p.add_argument("--packages", default="", help="a file of package names instead of apt-cache (tests)")
    a = p.parse_args(argv)
    try:
        pat = package_pattern(a.line, a.flavour)
        if not a.view:
            names = open(a.packages).read().split() if a.packages else archive_names()
            served = packages(a.line, a.flavour, names)
            if not served:
                raise HistoryError(f"no package of line {a.line} flavour {a.flavour} in the archive "
                                   f"(pattern {pat.pattern}; apt-get update?)")
            have = collected(a.results, a.line, a.flavour)
            for pkg in served:
                if pkg in have:
                    print(f"history: {pkg}: kept from an earlier run")
                    continue
                cmd = a.vm_check.split() + [f"KERNEL={pkg}", f"LABEL={LABEL_PREFIX}{pkg}"]
                print("history: " + " ".join(cmd), flush=True)
                subprocess.run(cmd, cwd=TOP)       # a failing kernel is a result, not a stop
        have = collected(a.results, a.line, a.flavour)
        if not have:
            raise HistoryError(f"no runs of line {a.line} flavour {a.flavour} under {a.results}")
        ordered = packages(a.line, a.flavour, list(have))
        sys.stdout.write(view([(pkg, have[pkg]) for pkg in ordered]))
    except (HistoryError, pr.ResultsError, OSError) as e:
        print(f"history: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
