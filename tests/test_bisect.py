# SPDX-License-Identifier: GPL-2.0
"""make bisect on a small git repository that looks like a kernel tree, with
a fake builder and the fake emulator: each commit's file `state` says what
that commit does (pass, fail, build-fail, boot-fail). The bisect must skip
the build and boot failures on its way, name the planted commit, print the
regression text, leave a log, and put the tree back; bad input stops it
with a message before it touches anything."""
import os
import subprocess
from pathlib import Path

import pytest

from vmreport_helpers import PYTHON, TOP, fake_bzimage, fake_build

BISECT = TOP / "ci" / "bisect.py"
FAKE_EMULATOR = TOP / "tests" / "vm_fake_emulator.py"
SCENARIO = {"pass": "pass", "fail": "ok", "boot-fail": "exit-early"}
# Fixed dates make fixed shas, so git bisect takes the same path every time.
GIT_ENV = {"GIT_AUTHOR_DATE": "2026-01-01T00:00:00Z", "GIT_COMMITTER_DATE": "2026-01-01T00:00:00Z",
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}


def git(tree, *args):
    return subprocess.run(["git", "-C", str(tree)] + list(args), check=True, capture_output=True, text=True,
                          env={**os.environ, **GIT_ENV}).stdout.strip()


def make_tree(path, states):
    """A git repository with one commit per state; returns the shas."""
    path.mkdir()
    git(path, "init", "-q", "-b", "master")
    (path / "kernel").mkdir()
    (path / "Kconfig").write_text("")
    (path / "Makefile").write_text("")
    (path / ".gitignore").write_text("arch/\n")
    shas = []
    for i, state in enumerate(states):
        (path / "state").write_text(state + "\n")
        (path / "kernel" / "ptrace.c").write_text(f"/* version {i} */\n")
        git(path, "add", "-A")
        git(path, "commit", "-q", "-m", f"commit {i}: {state}")
        shas.append(git(path, "rev-parse", "HEAD"))
    return shas


@pytest.fixture
def setup(tmp_path):
    img = fake_bzimage(tmp_path / "bzImage")
    # "interrupt": Ctrl-C, i.e. SIGINT to the whole process group of the bisect.
    builder = (f"grep -qx interrupt state && kill -INT 0; grep -qx build-fail state && exit 1; mkdir -p arch/x86/boot && cp {img} arch/x86/boot/bzImage")
    emu = tmp_path / "fake-emu"
    cases = " ".join(f"{k}) export PTC_FAKE={v};;" for k, v in SCENARIO.items())
    emu.write_text(f"#!/bin/sh\ncase $(cat {tmp_path}/tree/state) in {cases} esac\n"
                   f"exec {PYTHON} {FAKE_EMULATOR} \"$@\"\n")
    emu.chmod(0o755)
    bb = tmp_path / "busybox"
    bb.write_bytes(b"x")
    vm_flags = (f"--no-install --build {fake_build(tmp_path / 'b')} --busybox {bb} --emulator {emu} "
                "--strip false --boot-timeout 30")
    return tmp_path, builder, vm_flags


def bisect(tmp_path, builder, vm_flags, good, bad, cases="attach", tree=None, timeout=300):
    # A session of its own, as a shell gives a foreground job: Ctrl-C reaches only it.
    return subprocess.run([PYTHON, str(BISECT), "--tree", str(tree or tmp_path / "tree"), "--good", good,
                           "--bad", bad, "--cases", cases, "--out", str(tmp_path / "out"),
                           "--cache", str(tmp_path / "cache"), "--builder", builder, "--vm-flags", vm_flags],
                          capture_output=True, text=True, timeout=timeout, start_new_session=True)


STATES = ["pass", "pass", "build-fail", "boot-fail", "boot-fail", "pass", "fail", "fail"]


def test_finds_the_planted_commit_past_build_and_boot_failures(setup):
    tmp_path, builder, vm_flags = setup
    states = STATES
    shas = make_tree(tmp_path / "tree", states)
    planted = states.index("fail")
    p = bisect(tmp_path, builder, vm_flags, shas[0], shas[-1])
    assert p.returncode == 0, p.stdout + p.stderr
    assert f"first bad commit: {shas[planted]}" in p.stdout
    assert f"subject: commit {planted}: fail" in p.stdout
    assert "fake.two" in p.stdout                       # the regression text against its parent
    log = (tmp_path / "out" / "bisect.log").read_text()
    assert "build failed" in log and "did not run the suite to its end" in log, log
    assert "git bisect start" in log                    # git's own bisect log is kept
    assert git(tmp_path / "tree", "symbolic-ref", "--short", "HEAD") == "master"
    assert git(tmp_path / "tree", "rev-parse", "HEAD") == shas[-1]
    assert not git(tmp_path / "tree", "status", "--porcelain", "--untracked-files=no")


def test_ctrl_c_puts_the_tree_back(setup):
    tmp_path, builder, vm_flags = setup
    shas = make_tree(tmp_path / "tree", ["pass", "interrupt", "fail"])
    git(tmp_path / "tree", "checkout", "-q", "-b", "work")
    p = bisect(tmp_path, builder, vm_flags, shas[0], shas[-1])
    assert p.returncode == 130, p.stdout + p.stderr
    assert "Traceback" not in p.stderr
    assert "interrupted" in (tmp_path / "out" / "bisect.log").read_text()
    assert git(tmp_path / "tree", "symbolic-ref", "--short", "HEAD") == "work"
    assert not (Path(git(tmp_path / "tree", "rev-parse", "--absolute-git-dir")) / "BISECT_LOG").exists()


@pytest.mark.parametrize("what,message", [
    ("not git", "not a git repository"),
    ("not kernel", "not a kernel tree"),
    ("dirty", "uncommitted changes"),
    ("not ancestor", "is not an ancestor of"),
    ("unknown case", "unknown case or group 'nosuch.case'"),
    ("unknown rev", "no such commit"),
])
def test_bad_input(setup, what, message):
    tmp_path, builder, vm_flags = setup
    shas = make_tree(tmp_path / "tree", ["pass", "fail"])
    good, bad, cases, tree = shas[0], shas[1], "attach attach.ignores-addr-data", tmp_path / "tree"
    if what == "not git":
        tree = tmp_path / "plain"
        tree.mkdir()
    elif what == "not kernel":
        git(tree, "rm", "-q", "Kconfig")
        git(tree, "commit", "-q", "-m", "no Kconfig")
    elif what == "dirty":
        (tree / "kernel" / "ptrace.c").write_text("changed\n")
    elif what == "not ancestor":
        good, bad = bad, good
    elif what == "unknown case":
        cases = "attach nosuch.case"
    elif what == "unknown rev":
        good = "v0.0-nosuch"
    before = git(tmp_path / "tree", "rev-parse", "HEAD")
    p = bisect(tmp_path, builder, vm_flags, good, bad, cases=cases, tree=tree, timeout=60)
    assert p.returncode == 2 and message in p.stderr and "Traceback" not in p.stderr, p.stderr
    assert git(tmp_path / "tree", "rev-parse", "HEAD") == before
    assert not (Path(git(tmp_path / "tree", "rev-parse", "--absolute-git-dir")) / "BISECT_LOG").exists()
