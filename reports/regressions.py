#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""make regressions OLD=<run> NEW=<run>: what changed between two runs, as
plain text a kernel developer pastes into a mail: both kernels, the arch,
how each ran, every regressed case with its claim and diagnostics, and the
command that reproduces it. Runs are labels under out/results or paths."""
import argparse
import os
import shlex
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import ptcresults as pr  # noqa: E402

TRACE_LINES = 30
WIDTH = 72


def wrap(text, indent):
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


def reproduce(run, name):
    """The command that runs this one case again the way this run did."""
    vm = run.get("vm")
    abi = run["run"].get("tracee_abi", "native")
    is_vm_case = name.startswith("vm.")
    if vm:
        cmd = ["make", "vm-check", "KERNEL=" + shlex.quote(vm.get("spec", "?"))]
        if vm.get("arch") and vm["arch"] != os.uname().machine.replace("aarch64", "arm64"):
            cmd.append(f"ARCH={vm['arch']}")
        if abi != "native":
            cmd.append(f"ABI={abi}")
        if not is_vm_case:
            cmd.append("RUNFLAGS=" + shlex.quote(name))
        return " ".join(cmd)
    cmd = ["make", "check"]
    if abi != "native":
        cmd.append(f"ABI={abi}")
    cmd.append("RUNFLAGS=" + shlex.quote(name))
    return " ".join(cmd)


def run_block(tag, run):
    r, k = run["run"], run["kernel"]
    lines = [f"{tag}{pr.describe_run(run)}"]
    pad = " " * len(tag)
    if k.get("uname"):
        lines.append(f"{pad}uname: {k['uname']}")
    vm = run.get("vm")
    if vm:
        kern = vm.get("kernel", {})
        if kern.get("package"):
            lines.append(f"{pad}Debian package {kern['package']} {kern.get('version', '')}")
        elif kern.get("image"):
            lines.append(f"{pad}image {kern['image']}")
        if vm.get("emulator"):
            lines.append(f"{pad}{vm['emulator']}, timeout scale {vm.get('timeout_scale', r.get('timeout_scale'))}")
        if vm.get("status") != "ok":
            lines.append(f"{pad}the VM run failed: {vm.get('status')}: {vm.get('error')}")
    suite = run.get("suite", {}).get("version", "?")
    totals = " ".join(f"{s}:{n}" for s, n in run["totals"].items() if n)
    lines.append(f"{pad}suite {suite}, started {r.get('started', '?')}, "
                 f"{'complete' if r.get('complete') else 'INCOMPLETE'}; {totals}")
    return lines


def case_of(row):
    """The case a diff row belongs to (its name without the variant), and the variant."""
    entries = row[5] or row[4]
    c = entries[0] if entries else {}
    return c.get("case") or row[1], c.get("variant")


def by_case(rows):
    """[(case, [rows of its variants])] in the order of rows."""
    out = {}
    for r in rows:
        out.setdefault(case_of(r)[0], []).append(r)
    return list(out.items())


def moves(rows):
    """ "pass -> fail" for one move, or each move with its variants."""
    kinds = {}
    for r in rows:
        kinds.setdefault(f"{r[2] or 'absent'} -> {r[3] or 'absent'}", []).append(case_of(r)[1])
    parts = []
    for move, variants in kinds.items():
        named = [v for v in variants if v]
        parts.append(move + (f" ({', '.join(named)})" if named else ""))
    return "; ".join(parts)


def summary_lines(cases):
    """A line per group, then a line per case with its variants folded."""
    groups = {}
    for name, rows in cases:
        groups.setdefault(name.split(".", 1)[0], []).append(rows)
    width = max(len(g) for g in groups)
    out = []
    for g, members in groups.items():
        variants = sum(len(m) for m in members)
        out.append(f"  {g:<{width}}  {len(members)} case{'s' if len(members) != 1 else ''}"
                   + (f", {variants} variants" if variants != len(members) else ""))
    out.append("")
    out += [f"  {name}: {moves(rows)}" for name, rows in cases]
    return out


def failure_of(row):
    """The entry that shows how a row's case failed, and what makes two
    failures the same: result, reason and diagnostics."""
    new_entries = row[5]
    bad = [c for c in new_entries if c["result"] == row[3]] or new_entries or row[4]
    c = bad[0]
    return c, (c["result"], c.get("reason", ""), tuple(c.get("diagnostics", [])))


def failure_lines(c, flaky_entries):
    out = []
    if len({e['result'] for e in flaky_entries}) > 1:
        counts = {}
        for e in flaky_entries:
            counts[e["result"]] = counts.get(e["result"], 0) + 1
        out.append("   (iterations: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) + ")")
    if c.get("reason"):
        out.append(wrap("Result: " + c["result"] + ": " + c["reason"], "   "))
    if c.get("diagnostics"):
        out.append("   Diagnostics:")
        out.extend("     " + d for d in c["diagnostics"])
    if c.get("trace"):
        tr = c["trace"]
        more = len(tr) - TRACE_LINES
        out.append("   Trace of ptrace requests and wait results" +
                   (f" (last {TRACE_LINES} of {len(tr)}):" if more > 0 else ":"))
        out.extend("     " + t for t in tr[-TRACE_LINES:])
    if c.get("output", "").strip():
        out.append("   Output:")
        out.extend("     " + t for t in c["output"].rstrip().splitlines()[-20:])
    return out


def case_block(n, name, rows, new_run):
    """One case's details: its claim and references once, then each way
    it failed once, naming the variants that failed that way."""
    first, _ = failure_of(rows[0])
    m = first.get("meta", {})
    out = [f"{n}. {name}: {moves(rows)}"]
    formerly = sorted({e["renamed_from"] for r in rows for e in r[4] if "renamed_from" in e})
    if formerly:
        out.append("   (formerly " + ", ".join(formerly) + ")")
    if m.get("claim"):
        out.append(wrap("Claim: " + m["claim"], "   "))
    refs = [text for key, text in (("man", f"ptrace(2) \"{m.get('man')}\""), ("spec", f"behaviours {m.get('spec')}"),
                                   ("since", f"since {m.get('since')}")) if m.get(key)]
    if refs:
        out.append("   " + "; ".join(refs))
    if m.get("source"):
        out.append(f"   Source: {m['source']}")
    ways = {}
    for r in rows:
        c, key = failure_of(r)
        ways.setdefault(key, []).append((r, c))
    for members in ways.values():
        variants = [case_of(r)[1] for r, _ in members if case_of(r)[1]]
        if variants and len(rows) > 1:
            out.append(f"   {'Variant' if len(variants) == 1 else 'Variants'} {', '.join(variants)}:")
        out += failure_lines(members[0][1], members[0][0][5])
    if m.get("xfail"):
        out.append(wrap(f"Known issue (xfail): {m['xfail']}" +
                        (f" [kernels: {m['kernels']}]" if m.get("kernels") else ""), "   "))
    links = (m.get("links") or "").split()
    fixes = [l.split(":", 1)[1] for l in links if l.startswith("linux-git:")]
    others = [l for l in links if not l.startswith("linux-git:")]
    if fixes:
        out.append("   Fix commit(s): " + " ".join(fixes))
    if others:
        out.append("   Links: " + " ".join(others))
    if m.get("man_stale"):
        out.append(wrap("Man page differs from the kernel: " + m["man_stale"], "   "))
    out.append("   Reproduce: " + reproduce(new_run, rows[0][1] if len(rows) == 1 else name))
    return out


def report(old, new):
    rows = pr.diff(old, new)
    regs = [r for r in rows if r[0] == "regression"]
    fixes = [r for r in rows if r[0] == "fix"]
    other = [r for r in rows if r[0] == "change"]
    ko, kn = old["kernel"], new["kernel"]
    arch = kn.get("arch", "?") if ko.get("arch") == kn.get("arch") else f"{ko.get('arch')} / {kn.get('arch')}"
    n = len(regs)
    before, after = ko.get("release", "?"), kn.get("release", "?")
    if before == after:             # a rebuild of one tree: the runs' labels tell them apart
        before, after = old["run"]["label"], new["run"]["label"]
    lines = [f"Subject: ptrace-conformance: {n} regression{'s' if n != 1 else ''} "
             f"from {before} to {after} ({arch})", ""]
    lines.append(f"The ptrace conformance suite finds {n} regression{'s' if n != 1 else ''}, "
                 f"{len(fixes)} fix{'es' if len(fixes) != 1 else ''} and {len(other)} other "
                 f"change{'s' if len(other) != 1 else ''} between these runs:")
    lines.append("")
    lines += run_block("  old: ", old)
    lines.append("")
    lines += run_block("  new: ", new)
    lines.append("")
    if regs:
        cases = by_case(regs)
        lines += ["Regressions", "-----------", ""]
        lines += summary_lines(cases)
        lines += ["", "Details", "-------", ""]
        for i, (name, rows) in enumerate(cases, 1):
            lines += case_block(i, name, rows, new)
            lines.append("")
    else:
        lines += ["No regressions.", ""]
    if fixes:
        lines += ["Fixed", "-----"]
        lines += [f"  {r[1]}: {r[2]} -> {r[3]}" for r in fixes]
        lines.append("")
    if other:
        lines += ["Other changes", "-------------"]
        for r in other:
            reason = ""
            if r[5]:
                reason = r[5][0].get("reason", "")
            elif r[4]:
                reason = "not run in the new run"
            lines.append(f"  {r[1]}: {r[2] or 'absent'} -> {r[3] or 'absent'}" + (f" ({reason})" if reason else ""))
        lines.append("")
    lines.append("-- ")
    lines.append("ptrace-conformance: make regressions OLD=" + old["run"]["label"] + " NEW=" + new["run"]["label"])
    return "\n".join(lines) + "\n", len(regs)


def main(argv=None):
    p = argparse.ArgumentParser(prog="regressions", description=__doc__)
    p.add_argument("old", help="the known-good run: a label under --results, or a path")
    p.add_argument("new", help="the run to check")
    p.add_argument("--results", default=os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "out", "results"))
    p.add_argument("--check", action="store_true", help="exit 1 when there are regressions")
    a = p.parse_args(argv)
    try:
        if not a.old or not a.new:
            raise pr.ResultsError("give both runs: make regressions OLD=<run> NEW=<run> "
                                  "(labels under out/results, or paths to results.json)")
        old = pr.resolve(a.old, a.results)
        new = pr.resolve(a.new, a.results)
    except pr.ResultsError as e:
        print(f"regressions: {e}", file=sys.stderr)
        return 2
    text, n = report(old, new)
    sys.stdout.write(text)
    return 1 if (a.check and n) else 0


if __name__ == "__main__":
    sys.exit(main())
