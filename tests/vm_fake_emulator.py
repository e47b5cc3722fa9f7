#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""A stand-in for qemu-system-* and a UML kernel in the VM runner's
self-tests: it writes a kernel console and a results channel the way a
guest would, following the scenario in PTC_FAKE, so the watch loop's
handling of panics, hangs and garbage is tested in seconds.

Scenarios: ok (fake.two fails), pass (both pass), warn, panic-midrun,
hang-midrun, hang-boot, garbage, bad-start, exit-early, one-port, runner-error,
panic-once (panics while fake.two
runs, then runs what the VM runner asks for on the next boot)."""
import gzip
import json
import os
import re
import shlex
import sys
import time

CASE = {"name": None, "case": None, "group": "fake", "behaviour": None, "variant": None,
        "iteration": 1, "result": "error", "reason": "did not finish", "feature": None,
        "duration_ms": 0.0, "diagnostics": [], "trace": [], "output": "",
        "meta": {"claim": "a fake claim", "man": "PTRACE_TRACEME", "spec": "C001", "since": "",
                 "needs": "", "variants": "", "xfail": "", "kernels": "", "links": "",
                 "man_stale": "", "source": "cases/fake/x.c", "timeout": ""}}


def case(behaviour, result=None, reason=""):
    c = json.loads(json.dumps(CASE))
    c["name"] = c["case"] = "fake." + behaviour
    c["behaviour"] = behaviour
    if result:
        c["result"], c["reason"], c["duration_ms"] = result, reason, 1.5
        if result == "fail":
            c["diagnostics"] = ["x.c:10: expected 1 == 2"]
            c["trace"] = ["PTRACE_CONT(5, 0, 0) = 0"]
    return c


HEAD = ('@ptc head {"schema": "ptrace-conformance-results/1", "suite": {"name": "ptrace-conformance", '
        '"version": "0.1.0"}, "kernel": {"release": "9.9.9-fake", "uname": "Linux (none) 9.9.9-fake", '
        '"arch": "x86_64"}, "run": {"label": "x", "how": "qemu", "tracee_abi": "native", "started": '
        '"2026-01-01T00:00:00Z", "jobs": 2, "repeat": 1, "shuffle_seed": null, "timeout_scale": 10, '
        '"pid_namespace": true}, "selected": ["fake.one", "fake.two", "fake.three"]}')


def requested(argv):
    """The runner arguments the VM runner put in this boot's initramfs."""
    path = None
    for i, a in enumerate(argv):
        if a == "-initrd":
            path = argv[i + 1]
        elif a.startswith("initrd="):
            path = a[7:]
    data = gzip.decompress(open(path, "rb").read())
    sets = re.findall(rb"\nset -- ([^\n]*)\n", data)
    args = shlex.split(sets[-1].decode()) if sets else []
    # The kernel config's path is an option's value, not a case.
    return [a for i, a in enumerate(args) if not (i and args[i - 1] == "--kconfig")]


def main():
    argv = sys.argv[1:]
    if argv == ["--version"]:
        print("fake emulator version 1.0")
        return 0
    scenario = os.environ.get("PTC_FAKE", "ok")
    if scenario == "bad-start":
        sys.stderr.write("fake-qemu: could not load kernel image\n")
        return 1
    console = channel = None
    serials = [a[5:] for i, a in enumerate(argv) if i and argv[i - 1] == "-serial" and a.startswith("file:")]
    for a in argv:
        if a.startswith("file,id=ptcres,path="):
            channel = open(a.split("path=", 1)[1], "a")
        if a.startswith("ssl0=fd:"):
            channel = os.fdopen(int(a[8:]), "a")
    if serials:
        console = open(serials[0], "a")
        if channel is None and len(serials) > 1:
            channel = open(serials[1], "a")
    if console is None:
        console = sys.stdout

    def con(line):
        console.write(line + "\n")
        console.flush()

    def ch(line):
        channel.write(line + "\n")
        channel.flush()

    if scenario == "one-port":
        # A kernel with one serial port: its console lands on the channel's
        # file and init finds no channel device.
        ch("[    0.000000] Linux version 9.9.9-fake (fake@fake) #1 SMP")
        ch("[    0.100000] Run /init as init process")
        ch("ptc-init: the results channel /dev/ttyS1 does not exist")
        return 0
    con("[    0.000000] Linux version 9.9.9-fake (fake@fake) #1 SMP")
    con("[    0.100000] Run /init as init process")
    if scenario == "hang-boot":
        while True:
            time.sleep(1)
    if scenario == "exit-early":
        return 0
    ch("@ptc init 0.50")
    if scenario in ("panic-once", "panic-two-running"):
        want = [a for a in requested(argv) if not a.startswith("-") and a != "1"]
        if want:                     # a later boot: run what is asked
            ch('@ptc head {"run": {"label": "x"}, "selected": %s}' % json.dumps(want))
            for name in want:
                ch("@ptc start " + json.dumps(case(name.split(".", 1)[1])))
                if name == os.environ.get("PTC_FAKE_CULPRIT"):
                    con("[    3.000003] Kernel panic - not syncing: the culprit")
                    return 0
                ch("@ptc case " + json.dumps(case(name.split(".", 1)[1], "pass")))
            ch('@ptc tail {"run": {"label": "x", "duration_s": 0.1, "complete": true}, "totals": {}}')
            ch("@ptc exit 0")
            return 0
        if scenario == "panic-two-running":
            ch(HEAD)
            ch("@ptc start " + json.dumps(case("one")))
            ch("@ptc start " + json.dumps(case("two")))
            con("[    3.000003] Kernel panic - not syncing: the culprit")
            return 0
        scenario = "panic-midrun"
    ch(HEAD)
    ch("TAP version 13")
    ch("1..2")
    ch("@ptc start " + json.dumps(case("one")))
    ch("@ptc case " + json.dumps(case("one", "pass")))
    ch("ok 1 fake.one")
    ch("@ptc start " + json.dumps(case("two")))
    if scenario == "garbage":
        ch('@ptc case {"name": "fake.two", "result": "pa')
    if scenario == "panic-midrun":
        con("[    3.000000] BUG: kernel NULL pointer dereference, address: 0000000000000000")
        con("[    3.000001] Oops: 0000 [#1] PREEMPT SMP NOPTI")
        con("[    3.000002] Call Trace:")
        con("[    3.000003] Kernel panic - not syncing: Fatal exception")
        con("[    3.000004] ---[ end Kernel panic - not syncing: Fatal exception ]---")
        return 0            # -no-reboot with panic=-1: QEMU exits
    if scenario == "hang-midrun":
        while True:
            time.sleep(1)
    if scenario == "warn":
        con("[    2.000000] ------------[ cut here ]------------")
        con("[    2.000001] WARNING: CPU: 1 PID: 77 at kernel/ptrace.c:123 ptrace_check_attach+0x1/0x2")
        con("[    2.000002] Call Trace:")
        con("[    2.000003] ---[ end trace 0000000000000000 ]---")
    if scenario == "runner-error":
        ch("ptc-run: no case matches 'nothing'")
        ch("@ptc exit 2")
        return 0
    if scenario == "pass":
        ch("@ptc case " + json.dumps(case("two", "pass")))
        ch("ok 2 fake.two")
    else:
        ch("@ptc case " + json.dumps(case("two", "fail", "expected 1 == 2")))
        ch("not ok 2 fake.two")
    failed = 0 if scenario == "pass" else 1
    ch('@ptc tail {"run": {"label": "x", "duration_s": 0.5, "complete": true}, "totals": '
       '{"pass": %d, "fail": %d, "skip": 0, "unsupported": 0, "xfail": 0, "xpass": 0, "timeout": 0, "error": 0}}'
       % (2 - failed, failed))
    ch("@ptc exit %d" % failed)
    con("[    4.000000] reboot: Power down")
    return 0


if __name__ == "__main__":
    sys.exit(main())
