# SPDX-License-Identifier: GPL-2.0
"""A VM run's results.json and junit.xml, from what the guest streamed and
what the watch loop saw. Cases that finished are kept whatever happened
after; cases running when the guest died are listed as error (or timeout
for a hung guest); the run gets two cases of its own, vm.boot and
vm.kernel-log, and a "vm" object (reports/results.schema.json)."""
import json
import os
import sys

# The result states and the JUnit writer have one definition each, in reports/.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "reports"))
from junit import write_junit  # noqa: E402
from ptcresults import BAD as UNEXPECTED, STATES  # noqa: E402

from .guest import VmStatus  # noqa: E402

SOURCE = "ci/vmcheck/guest.py"
VM_CASES = {
    "vm.boot": "The kernel boots to init in the VM, runs the whole suite and powers off",
    "vm.kernel-log": ("The kernel logs no WARN, BUG, oops, lockdep report or panic while it "
                      "boots and runs the suite"),
}


def _meta(claim):
    return {"claim": claim, "man": "", "spec": "", "since": "", "needs": "", "variants": "",
            "xfail": "", "kernels": "", "links": "", "man_stale": "", "source": SOURCE,
            "timeout": ""}


def vm_case(name, result, reason, diagnostics=(), duration_ms=0.0):
    group, behaviour = name.split(".", 1)
    return {"name": name, "case": name, "group": group, "behaviour": behaviour,
            "variant": None, "iteration": 1, "result": result, "reason": reason,
            "feature": None, "duration_ms": round(duration_ms, 3),
            "diagnostics": list(diagnostics), "trace": [], "output": "", "meta": _meta(VM_CASES[name])}


# The result of the case vm.boot for each way a guest ends.
BOOT_RESULT = {VmStatus.OK: "pass", VmStatus.PANIC: "fail", VmStatus.NO_INIT: "fail",
               VmStatus.DIED: "fail", VmStatus.HUNG: "timeout", VmStatus.RUNNER_ERROR: "error",
               VmStatus.EMULATOR_ERROR: "error"}


# The result of a case the guest ended under, for each way it ends so.
DEAD = {VmStatus.PANIC: ("error", "the guest kernel panicked while this case ran"),
        VmStatus.HUNG: ("timeout", "the guest stopped responding while this case ran"),
        VmStatus.DIED: ("error", "the guest stopped while this case ran")}


def compose(boots, kernel, label, abi, scale, vm_info):
    """The results object of one VM run: one boot, or several when the
    guest died and was started again with the cases not yet run. Each boot
    is a guest.Outcome whose log_offset places its console in kernel.log."""
    if not isinstance(boots, (list, tuple)):
        boots = [boots]
    first, last = boots[0], boots[-1]
    head = next((b.channel.head for b in boots if b.channel.head), None) or {}
    run = dict(head.get("run") or {})
    run.update({"label": label, "how": kernel.how})
    run.setdefault("tracee_abi", abi)
    run.setdefault("started", vm_info.get("started", ""))
    run.setdefault("jobs", vm_info.get("cpus", 1))
    run.setdefault("repeat", 1)
    run.setdefault("shuffle_seed", None)
    run.setdefault("timeout_scale", scale)
    run.setdefault("pid_namespace", False)
    run["duration_s"] = round(sum(((b.channel.tail or {}).get("run") or {}).get("duration_s", b.suite_s)
                                  for b in boots), 3)
    # Complete: every selected case has a result, those the guest died under included.
    last_tail = ((last.channel.tail or {}).get("run") or {})
    run["complete"] = bool(last_tail.get("complete", False)) and last.status == VmStatus.OK
    kern = dict(head.get("kernel") or {"release": kernel.release, "uname": "",
                                        "arch": kernel.arch})

    # A case run again by a later boot is reported from that boot.
    by_key = {}
    for b in boots:
        ch = b.channel
        dead = DEAD.get(b.status, ("error", "the run ended while this case ran"))
        for key in ch.order:
            if key in ch.finished:
                by_key[key] = ch.finished[key]
            else:
                c = dict(ch.started[key])
                c["result"], c["reason"] = dead
                c["diagnostics"] = [f"vm: {b.error}"] if b.error else []
                by_key[key] = c
    cases = list(by_key.values())

    bad = [b for b in boots if b.status != VmStatus.OK]
    worst = bad[0] if bad else first
    diags = []
    for i, b in enumerate(boots, 1):
        if b.status == VmStatus.OK:
            continue
        running = ", ".join(c["name"] for c in b.channel.running())
        diags.append(f"boot {i}: {b.error}" + (f" (while {running} ran)" if running else ""))
        diags.append("last lines of the kernel console:")
        diags.extend("  " + line for line in b.console_tail[-25:])
        if b.channel.text_tail:
            diags.append("last lines from the guest's results channel:")
            diags.extend("  " + line for line in b.channel.text_tail[-15:])
        if b.status == VmStatus.EMULATOR_ERROR and b.emulator_log:
            diags.append("emulator output:")
            diags.extend("  " + line for line in b.emulator_log.strip().splitlines()[-15:])
        if i < len(boots):
            diags.append(f"boot {i + 1}: started again for {boots[i].restarted_with} cases")
    reason = ""
    if bad:
        reason = worst.error
        if len(boots) > 1:
            reason += f" ({len(bad)} of {len(boots)} boots failed; the guest was restarted for the rest)"
    cases.append(vm_case("vm.boot", BOOT_RESULT.get(worst.status, "error"), reason, diags,
                         sum(b.total_s for b in boots) * 1000))

    failing, notices = [], []
    for b in boots:
        for sp in b.scanner.splats:
            d = sp.as_dict()
            d["line"] += b.log_offset
            (failing if sp.fails else notices).append(d)
    kdiag = []
    for d in failing + notices:
        kdiag.append(f"kernel.log:{d['line']}: {d['kind']}{'' if d['fails'] else ' (recorded, not failing)'}:")
        kdiag.extend("  " + line for line in d["excerpt"].splitlines())
    if failing:
        kinds = sorted({d["kind"] for d in failing})
        cases.append(vm_case("vm.kernel-log", "fail",
                             f"the kernel log has {len(failing)} report(s): {', '.join(kinds)}", kdiag))
    else:
        cases.append(vm_case("vm.kernel-log", "pass", "", kdiag))

    totals = {s: 0 for s in STATES}
    for c in cases:
        totals[c["result"]] = totals.get(c["result"], 0) + 1

    vm = dict(vm_info)
    vm.update({
        "status": worst.status.value,
        "error": "; ".join(b.error for b in bad) or None,
        "boot_s": round(first.boot_s, 3),
        "suite_s": round(sum(b.suite_s for b in boots), 3),
        "total_s": round(sum(b.total_s for b in boots), 3),
        "runner_exit": last.channel.exit_status,
        "splats": failing,
        "notices": notices,
        "kernel_log": "kernel.log",
    })
    if len(boots) > 1:
        vm["boots"] = [{"status": b.status.value, "error": b.error or None, "boot_s": round(b.boot_s, 3),
                        "suite_s": round(b.suite_s, 3), "total_s": round(b.total_s, 3),
                        "running": [c["name"] for c in b.channel.running()],
                        "cases": b.restarted_with} for b in boots]
    garbage = [line for b in boots for line in b.channel.bad_lines]
    if garbage:
        vm["channel_garbage"] = garbage[:20]
    doc = {
        "schema": "ptrace-conformance-results/1",
        "suite": head.get("suite") or {"name": "ptrace-conformance", "version": ""},
        "kernel": kern,
        "run": run,
        "totals": totals,
        "cases": cases,
        "vm": vm,
    }
    if head.get("platform"):
        doc["platform"] = head["platform"]    # the guest's platform facts
    return doc


def failed(results, known=None):
    """True when the run must make vm-check fail. With known (the run's
    triaged deviations, see read_known), only a difference from it fails."""
    if not results["run"]["complete"]:
        return True
    if known is not None:
        return bool(known_differences(results, known))
    return (results["vm"]["status"] != VmStatus.OK
            or any(c["result"] in UNEXPECTED for c in results["cases"]))


class KnownError(ValueError):
    pass


def read_known(path):
    """A list of triaged deviations of one kernel: one "<case> <result>"
    line each, then why, as a comment. Returns {case: result}."""
    known = {}
    with open(path) as f:
        for n, line in enumerate(f, 1):
            words = line.split("#", 1)[0].split()
            if not words:
                continue
            if len(words) != 2 or words[1] not in UNEXPECTED:
                raise KnownError(f"{path}:{n}: expected '<case> <{'|'.join(sorted(UNEXPECTED))}>  # why', "
                                 f"got: {line.strip()}")
            if words[0] in known:
                raise KnownError(f"{path}:{n}: {words[0]} is listed twice")
            known[words[0]] = words[1]
    return known


def known_differences(results, known):
    """Every unexpected result the list does not name, and every entry the
    run no longer shows: either way the list or the suite needs a look."""
    got = {c["name"]: c["result"] for c in results["cases"]}
    diffs = [f"{name}: {result}, not in the known deviations"
             for name, result in sorted(got.items())
             if result in UNEXPECTED and name not in known]
    diffs += [f"{name}: listed as {result}, now {got.get(name, 'absent')}"
              for name, result in sorted(known.items()) if got.get(name) != result]
    return diffs


def write(results, dest):
    os.makedirs(dest, exist_ok=True)
    tmp = os.path.join(dest, "results.json.tmp")
    with open(tmp, "w") as f:
        json.dump(results, f, indent=2)
        f.write("\n")
    os.replace(tmp, os.path.join(dest, "results.json"))
    write_junit(results, os.path.join(dest, "junit.xml"))
