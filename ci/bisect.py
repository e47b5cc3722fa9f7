#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""make bisect TREE=<kernel git tree> GOOD=<rev> BAD=<rev> CASES="<names or groups>":
the first commit of a kernel tree on which the named cases go bad.

Drives `git bisect run` in TREE with this script's --step: configure (the
tree's .config, or --config copied to .config, plus the suite's config
fragment, then make olddefconfig), build incrementally (make bzImage), boot
it with the VM runner running only CASES, and answer good (0), bad (1: a
case failed, timed out, errored or xpassed) or skip (125: the build failed,
or the guest did not run the suite to its end). At the end it prints the
first bad commit, its subject and the regression text against its parent,
and restores the tree's branch (also on Ctrl-C). Every step is logged to
out/bisect/bisect.log; each step's run is out/bisect/results/bisect-<sha>/."""
import argparse
import os
import shlex
import shutil
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(TOP, "reports"))

import ptcresults as pr  # noqa: E402
import regressions  # noqa: E402

SKIP = 125
KERNEL_TREE_FILES = ("Makefile", "Kconfig", "kernel/ptrace.c")


class BisectError(Exception):
    """Bad input or a tree we must not touch; the message says which."""


def git(tree, *args, check=True):
    p = subprocess.run(["git", "-C", tree] + list(args), capture_output=True, text=True)
    if check and p.returncode != 0:
        raise BisectError(f"git {' '.join(args)}: {p.stderr.strip() or 'failed'}")
    return p.stdout.strip()


def log(path, text):
    with open(path, "a") as f:
        f.write(time.strftime("%Y-%m-%dT%H:%M:%SZ ", time.gmtime()) + text + "\n")
    print("bisect: " + text, flush=True)


# ---- checking the input ----------------------------------------------------------------------

def check_cases(names):
    """Each name a group (cases/<group>/) or a case (<group>.<behaviour>[.variant])."""
    if not names:
        raise BisectError("give the cases to bisect on: CASES=\"<case names or groups>\"")
    root = os.path.join(TOP, "cases")
    for name in names:
        parts = name.split(".")
        if len(parts) == 1 and os.path.isdir(os.path.join(root, name)):
            continue
        if len(parts) in (2, 3) and os.path.isfile(os.path.join(root, parts[0], parts[1] + ".c")):
            continue
        raise BisectError(f"unknown case or group '{name}' (see cases/<group>/<behaviour>.c)")


def check_tree(tree, good, bad):
    """The shas of GOOD and BAD, once the tree is a clean kernel git tree and
    GOOD an ancestor of BAD."""
    if not os.path.isdir(tree):
        raise BisectError(f"{tree}: no such directory")
    if subprocess.run(["git", "-C", tree, "rev-parse", "--git-dir"], capture_output=True).returncode:
        raise BisectError(f"{tree}: not a git repository")
    missing = [f for f in KERNEL_TREE_FILES if not os.path.exists(os.path.join(tree, f))]
    if missing:
        raise BisectError(f"{tree}: not a kernel tree (no {', '.join(missing)})")
    if git(tree, "status", "--porcelain", "--untracked-files=no"):
        raise BisectError(f"{tree}: the tree has uncommitted changes; commit or stash them first")
    if os.path.exists(os.path.join(git(tree, "rev-parse", "--absolute-git-dir"), "BISECT_LOG")):
        raise BisectError(f"{tree}: a bisect is already under way (git bisect reset ends it)")
    shas = []
    for what, rev in (("GOOD", good), ("BAD", bad)):
        if not rev:
            raise BisectError(f"give {what}=<rev>")
        sha = git(tree, "rev-parse", "--verify", "--quiet", rev + "^{commit}", check=False)
        if not sha:
            raise BisectError(f"{what}={rev}: no such commit in {tree}")
        shas.append(sha)
    if shas[0] == shas[1]:
        raise BisectError(f"GOOD and BAD are the same commit ({shas[0][:12]})")
    if subprocess.run(["git", "-C", tree, "merge-base", "--is-ancestor", shas[0], shas[1]]).returncode:
        raise BisectError(f"GOOD={good} is not an ancestor of BAD={bad}")
    return shas


# ---- one step: configure, build, boot, judge --------------------------------------------------

def default_build(tree, config, steplog):
    """Configure and build the kernel tree in place; False when it failed."""
    cmds = []
    if config:
        cmds.append(["cp", config, ".config"])
    elif not os.path.exists(os.path.join(tree, ".config")):
        cmds.append(["make", "defconfig"])
    cmds += [["scripts/kconfig/merge_config.sh", "-m", ".config", os.path.join(TOP, "config")],
             ["make", "olddefconfig"], ["make", "-j2", "bzImage"]]
    with open(steplog, "a") as out:
        for cmd in cmds:
            if subprocess.run(cmd, cwd=tree, stdout=out, stderr=subprocess.STDOUT).returncode:
                return False
    return True


def step(a):
    """Exit status for git bisect run."""
    sha = git(a.tree, "rev-parse", "HEAD")
    label = "bisect-" + sha[:12]
    steplog = os.path.join(a.out, "steps", sha[:12] + ".log")
    os.makedirs(os.path.dirname(steplog), exist_ok=True)
    subject = git(a.tree, "log", "-1", "--format=%s", sha)
    t = time.monotonic()
    if a.builder:
        built = subprocess.run(a.builder, shell=True, cwd=a.tree, stdout=open(steplog, "a"),
                               stderr=subprocess.STDOUT).returncode == 0
    else:
        built = default_build(a.tree, a.config, steplog)
    build_s = time.monotonic() - t
    if not built:
        log(a.log, f"{sha[:12]} {subject!r}: build failed ({build_s:.0f}s, {steplog}): skip")
        return SKIP
    t = time.monotonic()
    res_dir = os.path.join(a.out, "results", label)
    shutil.rmtree(res_dir, ignore_errors=True)
    cmd = [sys.executable, os.path.join(HERE, "vm-check.py"), "--out", a.out, "--cache", a.cache,
           "--label", label, "--runflags", " ".join(a.cases)] + shlex.split(a.vm_flags) + ["--", a.tree]
    with open(steplog, "a") as out:
        subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT)
    boot_s = time.monotonic() - t
    try:
        run = pr.load(res_dir)
    except pr.ResultsError as e:
        log(a.log, f"{sha[:12]} {subject!r}: no results ({e}): skip")
        return SKIP
    status = (run.get("vm") or {}).get("status", "ok")
    if status != "ok":
        log(a.log, f"{sha[:12]} {subject!r}: the guest did not run the suite to its end ({status}): skip")
        return SKIP
    bad = sorted({c["name"] for c in run["cases"] if c["group"] != "vm" and c["result"] in pr.BAD})
    verdict = "bad" if bad else "good"
    log(a.log, f"{sha[:12]} {subject!r}: {verdict}{': ' + ', '.join(bad) if bad else ''} "
               f"(build {build_s:.0f}s, boot and run {boot_s:.0f}s)")
    return 1 if bad else 0


# ---- the whole bisect -------------------------------------------------------------------------

def step_command(a):
    cmd = [sys.executable, os.path.abspath(__file__), "--step", "--tree", a.tree, "--out", a.out,
           "--cache", a.cache, "--cases", " ".join(a.cases), "--vm-flags", a.vm_flags]
    if a.config:
        cmd += ["--config", a.config]
    if a.builder:
        cmd += ["--builder", a.builder]
    return cmd


def results_of(a, sha):
    """The run of sha, made now if the bisect did not test it (GOOD and BAD
    never are)."""
    res_dir = os.path.join(a.out, "results", "bisect-" + sha[:12])
    if not os.path.isfile(os.path.join(res_dir, "results.json")):
        git(a.tree, "checkout", "--quiet", sha)
        subprocess.run(step_command(a))
    return pr.load(res_dir)


def bisect(a):
    good, bad = check_tree(a.tree, a.good, a.bad)
    start = git(a.tree, "symbolic-ref", "--quiet", "--short", "HEAD", check=False) or git(a.tree, "rev-parse", "HEAD")
    os.makedirs(a.out, exist_ok=True)
    log(a.log, f"start: {a.tree} good {good[:12]} bad {bad[:12]} cases {' '.join(a.cases)} (on {start})")
    t = time.monotonic()

    def interrupted(signum, frame):
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, interrupted)
    try:
        git(a.tree, "bisect", "start", bad, good)
        p = subprocess.run(["git", "-C", a.tree, "bisect", "run"] + step_command(a),
                           capture_output=True, text=True)
        with open(a.log, "a") as f:
            f.write(p.stdout + p.stderr)
        first = git(a.tree, "rev-parse", "--verify", "--quiet", "refs/bisect/bad", check=False)
        if p.returncode != 0 or "is the first bad commit" not in p.stdout:
            last = (p.stdout + p.stderr).strip().splitlines()[-12:]
            raise BisectError("git bisect run found no single first bad commit:\n  " + "\n  ".join(last))
        steps = sum(1 for line in p.stdout.splitlines() if line.startswith("running "))
        subject = git(a.tree, "log", "-1", "--format=%s", first)
        parent = git(a.tree, "rev-parse", first + "^")
        new, old = results_of(a, first), results_of(a, parent)
        text, _ = regressions.report(old, new)
    except KeyboardInterrupt:
        log(a.log, "interrupted: restoring the tree")
        git(a.tree, "bisect", "reset", start, check=False)
        return 130
    finally:
        if os.path.exists(os.path.join(git(a.tree, "rev-parse", "--absolute-git-dir"), "BISECT_LOG")):
            with open(a.log, "a") as f:
                f.write(git(a.tree, "bisect", "log", check=False) + "\n")
            git(a.tree, "bisect", "reset", start, check=False)
    log(a.log, f"first bad commit {first[:12]} {subject!r} after {steps} steps, {time.monotonic() - t:.0f}s; "
               f"the tree is back on {start}")
    print(f"\nfirst bad commit: {first}\nsubject: {subject}\n\n{text}")
    return 0


def main(argv=None):
    p = argparse.ArgumentParser(prog="bisect", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--tree", default="", help="the kernel git tree")
    p.add_argument("--good", default="", help="a revision where the cases pass")
    p.add_argument("--bad", default="", help="a later revision where they do not")
    p.add_argument("--cases", default="", help="case names or groups, space-separated")
    p.add_argument("--config", default="", help="a .config to start each step from (default: the tree's)")
    p.add_argument("--out", default=os.path.join(TOP, "out", "bisect"), help="log and runs go here")
    p.add_argument("--cache", default=os.path.join(TOP, "out", "vm"), help="the VM runner's cache")
    p.add_argument("--vm-flags", default="", help="more arguments for ci/vm-check.py")
    p.add_argument("--builder", default="", help="a shell command that builds the tree (tests)")
    p.add_argument("--step", action="store_true", help=argparse.SUPPRESS)
    a = p.parse_args(argv)
    a.cases = a.cases.split()
    a.out = os.path.abspath(a.out)
    a.cache = os.path.abspath(a.cache)
    a.log = os.path.join(a.out, "bisect.log")
    try:
        if not a.tree:
            raise BisectError("give the kernel tree: TREE=<kernel git tree>")
        a.tree = os.path.abspath(a.tree)
        if a.config and not os.path.isfile(a.config):
            raise BisectError(f"{a.config}: no such config file")
        a.config = os.path.abspath(a.config) if a.config else ""
        check_cases(a.cases)
        if a.step:
            return step(a)
        return bisect(a)
    except BisectError as e:
        print(f"bisect: {e}", file=sys.stderr)
        return SKIP if a.step else 2


if __name__ == "__main__":
    sys.exit(main())
