# SPDX-License-Identifier: GPL-2.0
"""The history of each case across the point releases of a Debian kernel
line: which package names belong to a line, their version order, and what
changed from one release to the next. ci/history.py collects the runs
(make history); the report and the text view both read them through this."""
import re

import ptcresults as pr

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



def line_of(label):
    """(line, flavour, package) of a history run's label, or None."""
    if not label.startswith(LABEL_PREFIX):
        return None
    pkg = label[len(LABEL_PREFIX):]
    for line in PACKAGE:
        for flavour in FLAVOURS:
            if package_pattern(line, flavour).match(pkg):
                return line, flavour, pkg
    return None


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
