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
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TOP, "reports"))

import ptcresults as pr  # noqa: E402

FLAVOURS = ("amd64", "rt-amd64", "cloud-amd64")
# Debian 12's package names per line: the ABI number (6.1) or the upstream
# point release (6.12) is what moves from one point release to the next.
PACKAGE = {"6.1": r"linux-image-6\.1\.0-(\d+)-{flavour}", "6.12": r"linux-image-6\.12\.(\d+)\+deb12-{flavour}"}
LABEL_PREFIX = "history-"


class HistoryError(Exception):
    pass


def package_pattern(line, flavour):
    if line not in PACKAGE:
        raise HistoryError(f"LINE={line}: no such line (lines: {', '.join(PACKAGE)})")
    if flavour not in FLAVOURS:
        raise HistoryError(f"FLAVOUR={flavour}: no such flavour (flavours: {', '.join(FLAVOURS)})")
    return re.compile("^" + PACKAGE[line].format(flavour=re.escape(flavour)) + "$")


def packages(line, flavour, names):
    """The line's packages among names, oldest point release first."""
    pat = package_pattern(line, flavour)
    found = [(int(m.group(1)), n) for n in names for m in [pat.match(n)] if m]
    return [n for _, n in sorted(found)]


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


def history(runs):
    """runs: [(release name, run)] in version order. Returns per case its
    results in that order (None where it did not run), the first release
    where it changed, and per release the changes from the one before."""
    names = sorted({c["name"] for _, r in runs for c in r["cases"]})
    table = {n: [pr.summary(pr.by_name(r)[n])[0] if n in pr.by_name(r) else None for _, r in runs]
             for n in names}
    first_change = {}
    per_release = {rel: {"new passes": [], "new failures": [], "new unsupported": [], "other": []}
                   for rel, _ in runs}
    suites = {r["suite"]["version"] for _, r in runs}
    if len(suites) > 1:
        raise HistoryError("the runs come from different suite versions "
                           f"({', '.join(sorted(suites))}): rerun the older ones, or compare within one version")
    for n, row in table.items():
        for i in range(1, len(row)):
            old, new = row[i - 1], row[i]
            if old == new:
                continue
            rel = runs[i][0]
            first_change.setdefault(n, rel)
            kind = ("new passes" if new == "pass" else "new failures" if new in pr.BAD
                    else "new unsupported" if new == "unsupported" else "other")
            per_release[rel][kind].append(f"{n}: {old} -> {new}")
    return table, first_change, per_release


def view(runs):
    table, first_change, per_release = history(runs)
    rels = [rel for rel, _ in runs]
    lines = [f"history over {len(rels)} releases: {', '.join(rels)}", ""]
    changed = [n for n in table if n in first_change]
    lines.append(f"cases whose result changed: {len(changed)} of {len(table)}")
    for n in changed:
        lines.append(f"  {n}: first changed in {first_change[n]}: "
                     + " ".join(r or "-" for r in table[n]))
    lines.append("")
    for rel in rels[1:]:
        changes = per_release[rel]
        if not any(changes.values()):
            lines.append(f"{rel}: no change")
            continue
        lines.append(f"{rel}:")
        for kind, items in changes.items():
            for item in items:
                lines.append(f"  {kind}: {item}")
    return "\n".join(lines) + "\n"


def main(argv=None):
    p = argparse.ArgumentParser(prog="history", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--line", default="", help="6.1 or 6.12")
    p.add_argument("--flavour", default="amd64", help=", ".join(FLAVOURS))
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
