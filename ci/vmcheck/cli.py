# SPDX-License-Identifier: GPL-2.0
"""vm-check: run the suite in a VM on each kernel spec and leave the results
beside the host run, under out/results/<label>/."""
import argparse
import datetime
import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Optional, Tuple

import ptcresults  # reports/: the run's one-line verdict, as the report shows it

from . import guest, initramfs, kconfig, kernels, replay, results
from . import spec as specmod
from .arches import settings
from .guest import VmStatus
from .spec import SpecError

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
INSTALL = os.path.join(TOP, "ci", "install-vm-deps.sh")

# Per way of running: the runner's timeout scale, the boot deadline, the
# base of the silence deadline (seconds), the runner's jobs. Measured on a
# 2-CPU machine over the whole suite: a case's median time is 10-20 times the
# host's under TCG and UML, the slowest case (a race loop) 5-10 times.
# UML has one CPU: cases run four at a time there, so that the deadlines of
# cases that wait in vain (a feature UML lacks) overlap instead of adding up.
@dataclass(frozen=True)
class Profile:
    scale: float
    boot: float
    idle: float
    jobs: Optional[int]


PROFILES = {
    "tcg": Profile(scale=10.0, boot=180.0, idle=180.0, jobs=None),
    "kvm": Profile(scale=2.0, boot=60.0, idle=60.0, jobs=None),
    "uml": Profile(scale=3.0, boot=60.0, idle=90.0, jobs=4),
}


def needs_for(specs):
    needs = ["initramfs"]
    for s in specs:
        if s.how == "uml":
            needs.append("uml" if s.kind == "uml" else None)
        else:
            needs += settings(s.arch).install_needs
    return [n for i, n in enumerate(needs) if n and n not in needs[:i]]


def install_deps(needs):
    r = subprocess.run(["sh", INSTALL] + needs)
    return r.returncode == 0


def find_busybox(arch, cache, log):
    """A static busybox for the guest's arch: the host's busybox-static, or
    for a foreign arch busybox-static:<arch> fetched with apt-get download."""
    if arch == specmod.host_arch():
        p = "/bin/busybox"
        if not os.path.exists(p):
            raise SpecError("/bin/busybox is missing: apt-get install busybox-static")
        return p
    deb = specmod.DEBIAN_ARCH[arch]
    dest = os.path.join(cache, "busybox", arch, "busybox")
    if os.path.exists(dest):
        return dest
    tmp = os.path.join(cache, "busybox", arch, "tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    log(f"vm-check: downloading busybox-static:{deb}")
    r = subprocess.run(["apt-get", "download", f"busybox-static:{deb}"], cwd=tmp,
                       capture_output=True, text=True)
    debs = [f for f in os.listdir(tmp) if f.endswith(".deb")]
    if r.returncode != 0 or not debs:
        raise SpecError(f"apt-get download busybox-static:{deb} failed: {r.stderr.strip()[-300:]}"
                        f" (needs: dpkg --add-architecture {deb} && apt-get update)")
    subprocess.run(["dpkg-deb", "-x", os.path.join(tmp, debs[0]), os.path.join(tmp, "x")], check=True)
    shutil.copy2(os.path.join(tmp, "x", "bin", "busybox"), dest)
    shutil.rmtree(tmp, ignore_errors=True)
    return dest


def reproduce_command(spec, arch, abi, runflags, image=""):
    """The make command that runs this again; image: the kept copy of a
    path kernel, which a reproduce line names instead of the tree."""
    kernel = spec.text
    if image:
        kernel = os.path.relpath(image, TOP) if image.startswith(TOP + os.sep) else image
        kernel = ("uml:" if spec.how == "uml" else "") + kernel
    cmd = ["make", "vm-check", f"KERNEL={shlex.quote(kernel)}"]
    if arch != specmod.host_arch():
        cmd.append(f"ARCH={arch}")
    if abi != "native":
        cmd.append(f"ABI={abi}")
    if runflags:
        cmd.append("RUNFLAGS=" + shlex.quote(runflags))
    return " ".join(cmd)


def emulator_version(machine):
    if machine.how == "uml":
        return "user-mode Linux"
    exe = machine.emulator_binary
    try:
        r = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=20)
        return r.stdout.splitlines()[0].strip() if r.stdout else exe
    except (OSError, subprocess.TimeoutExpired, IndexError):
        return exe


# What a run leaves in its results directory; a new run of the label
# removes them first.
RUN_FILES = ("results.json", "junit.xml", "kernel.log", "channel.log", "emulator.log")

# ptc-run options that take a value as the next argument.
RUNNER_VALUE_OPTS = {"-j", "--jobs", "--repeat", "--timeout-scale", "--label", "--how", "--abi",
                     "--results", "--cases", "--stream", "--kconfig"}

# Where the kernel's config goes in the guest, for ptc-run --kconfig.
GUEST_KCONFIG = "/kernel-config"


def check_config(kern, label, log):
    """A build tree's .config against the suite's fragment (config), before
    booting: each option it lacks, named. The record for results.json, or
    None when there is no tree to check."""
    if not kern.tree:
        return None
    if kern.how != "qemu" or kern.arch != kconfig.FRAGMENT_ARCH:
        log(f"vm-check: {label}: the config fragment describes {kconfig.FRAGMENT_ARCH} QEMU guests; "
            f"{kern.tree}/.config is not checked against it")
        return None
    rec = kconfig.check_tree(kern.tree)
    for line in kconfig.report_lines(rec):
        log(f"vm-check: {label}: {line}")
    return rec


def guest_config(kern, build, user_args, log):
    """(files for the initramfs, runner arguments, the record for results.json)
    that give the guest's runner the kernel's config."""
    rec = {"path": kern.config or None, "source": kern.config_source or "none",
           "guest_path": None, "runner_option": False}
    if not kern.config:
        return {}, [], rec
    try:
        with open(kern.config, "rb") as f:
            data = f.read()
    except OSError as e:
        log(f"vm-check: cannot read the kernel config {kern.config}: {e}; the guest gets none")
        rec["error"] = str(e)
        return {}, [], rec
    rec["guest_path"] = GUEST_KCONFIG
    args = []
    if "--kconfig" not in user_args:           # RUNFLAGS naming one wins
        args = ["--kconfig", GUEST_KCONFIG]
        rec["runner_option"] = True
    return {GUEST_KCONFIG.lstrip("/"): data}, args, rec


def split_runflags(argv):
    """(options, patterns) of the runner arguments a user gave."""
    opts, pats = [], []
    it = iter(argv)
    for a in it:
        if a in RUNNER_VALUE_OPTS:
            opts += [a, next(it, "")]
        elif a.startswith("-"):
            opts.append(a)
        else:
            pats.append(a)
    return opts, pats


def not_started(outcome):
    """The selected cases a dead guest never started, in run order."""
    head = outcome.channel.head or {}
    started = {name for name, _ in outcome.channel.order}
    return [n for n in head.get("selected", []) if n not in started]


def append_file(src, dest, banner=None):
    """Append src to dest (with a banner line first); the number of lines dest
    had before the appended content."""
    try:
        with open(dest, "rb") as f:
            before = f.read().count(b"\n")
    except FileNotFoundError:
        before = 0
    with open(dest, "ab") as out, open(src, "rb") as f:
        if banner:
            out.write(banner.encode() + b"\n")
            before += 1
        data = f.read()
        out.write(data)
        if data and not data.endswith(b"\n"):
            out.write(b"\n")
    return before


@dataclass
class RunPlan:
    """Everything one run decides before its first boot."""
    kern: kernels.Kernel
    base: str                    # the initramfs base (the suite's programs)
    label: str
    abi: str
    dest: str                    # out/results/<label>: what the run leaves
    work: str                    # out/vm/run/<label>: scratch
    scale: float
    memory_mb: int
    deadlines: guest.Deadlines
    user_args: List[str]         # the runner's arguments for the user's selection
    files: Dict[str, bytes]      # extra initramfs files
    vm_info: Dict[str, Any]      # the fixed part of results.json's "vm"
    quiet: bool = False


def run_label(kern, args) -> str:
    label = args.label or kern.label()
    return label + (f"-{args.abi}" if args.abi != "native" else "")


def config_blocks(kern, args, log) -> Tuple[bool, Optional[Dict[str, Any]]]:
    """Stage 0: (whether the tree's .config lacks what the guest needs to
    boot and run and the user did not say go on, the check's record)."""
    label = run_label(kern, args)
    rec = check_config(kern, label, log)
    needed = [m["option"] for m in (rec or {}).get("needed", [])]
    if not needed:
        return False, rec
    if args.force:
        log(f"vm-check: {label}: booting anyway (FORCE=1)")
        return False, rec
    log(f"vm-check: {label}: not booting: {kern.tree}/.config lacks {', '.join(needed)}, which the "
        f"guest needs (README.md, \"Testing your own kernel\"); FORCE=1 boots anyway")
    return True, rec


def run_identity(vm: Dict[str, Any]) -> str:
    """What a run booted: its image's hash for a path kernel, else its spec
    (a Debian line or version, uml)."""
    return (vm.get("image") or {}).get("sha256") or vm.get("spec") or ""


def overwrite_refused(kern, args, log) -> bool:
    """Stage 0: a label's directory holding the run of another kernel is
    left alone unless the user says replace it."""
    label = run_label(kern, args)
    dest = os.path.join(args.out, "results", label)
    prev = replay.previous_results(dest).get("vm")
    if not isinstance(prev, dict) or args.replace:
        return False
    mine = run_identity({"image": kern.image_record(), "spec": kern.spec.text})
    if run_identity(prev) == mine:
        return False              # the same kernel again
    log(f"vm-check: {label}: not booting: {dest}/ holds the run of another kernel "
        f"({prev.get('spec', '?')}, image {run_identity(prev)[:16]}); give another LABEL, "
        f"or REPLACE=1 to replace it")
    return True


def plan_run(kern, base, args, log, config_check=None) -> RunPlan:
    """Stage 1: the label, the deadlines, the guest's files and arguments."""
    label = run_label(kern, args)
    profile = PROFILES["uml" if kern.how == "uml" else ("kvm" if args.kvm else "tcg")]
    scale = args.timeout_scale or profile.scale
    dest = os.path.join(args.out, "results", label)
    work = os.path.join(args.out, "vm", "run", label)
    os.makedirs(dest, exist_ok=True)
    os.makedirs(work, exist_ok=True)
    for f in RUN_FILES:
        try:
            os.unlink(os.path.join(dest, f))
        except FileNotFoundError:
            pass
    memory = args.memory or initramfs.memory_needed_mb(base)
    deadlines = guest.Deadlines(boot_s=args.boot_timeout or profile.boot,
                                idle_s=args.idle_timeout or profile.idle, total_s=args.max_time, scale=scale,
                                fixed_idle=args.idle_timeout is not None)
    started = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    # The profile's job count first: a -j in RUNFLAGS comes later and wins.
    user_args = (["-j", str(profile.jobs)] if profile.jobs else []) + shlex.split(args.runflags or "")
    files, config_args, config_rec = guest_config(kern, args.build, user_args, log)
    vm_info = {
        "spec": kern.spec.text, "kernel": kern.describe(), "arch": kern.arch,
        "cpus": args.cpus if kern.how != "uml" else 1, "memory_mb": memory,
        "started": started,
        "reproduce": reproduce_command(kern.spec, kern.arch, args.abi, args.runflags, kern.kept),
        "timeout_scale": scale, "kernel_config": config_rec,
    }
    if config_check is not None:
        vm_info["config_check"] = config_check
    if kern.image_record():
        vm_info["image"] = kern.image_record()
    return RunPlan(kern, base, label, args.abi, dest, work, scale, memory, deadlines, config_args + user_args,
                   files, vm_info, quiet=args.quiet)


def boot_once(plan, args, n, runner_args, log):
    """Stage 2a: one boot of the guest with these runner arguments. The
    first boot writes beside the results; later ones into the scratch
    directory (appended by the caller). (Machine, Outcome)."""
    here = plan.dest if n == 1 else plan.work
    kern = plan.kern
    machine = guest.Machine(
        how=kern.how, arch=kern.arch, image=kern.image, initrd=os.path.join(plan.work, "initrd.img"),
        console=os.path.join(here, "kernel.log" if n == 1 else "console.log"),
        channel=os.path.join(here, "channel.log" if n == 1 else "channel-boot.log"),
        memory_mb=plan.memory_mb, cpus=args.cpus, kvm=args.kvm, emulator=args.emulator or "",
        workdir=plan.work, extra_append=args.append or "")
    initramfs.assemble(plan.base, {
        "label": plan.label, "how": kern.how, "abi": args.abi, "scale": f"{plan.scale:g}",
        "chan": machine.chan_device,
    }, runner_args, machine.initrd, initramfs.modules_in(kern.modules), plan.files)
    log(f"vm-check: {plan.label}: booting {kern.image} ({kern.how}, {machine.accel}, "
        f"timeout scale {plan.scale:g}{'' if n == 1 else f', boot {n}'})")

    def on_text(line):
        if not plan.quiet or line.startswith("not ok") or line.startswith("# Totals"):
            print(f"[{plan.label}] {line}", flush=True)

    out = guest.watch(machine, plan.deadlines,
                      os.path.join(here, "emulator.log" if n == 1 else "emulator-boot.log"), on_text=on_text)
    return machine, out


def boot_until_done(plan: RunPlan, args: argparse.Namespace,
                    log: Callable[[str], None]) -> Tuple[guest.Machine, List[guest.Outcome]]:
    """Stage 2: boot until every selected case has a result or restarts
    would not help. When a guest dies with several cases running, those run
    again one at a time, so that the one it dies under is known and the
    others get their real results. (the last Machine, [Outcome per boot])."""
    opts, _ = split_runflags(plan.user_args)
    boots: List[guest.Outcome] = []
    machine: Optional[guest.Machine] = None
    # Batches of cases still to run, each (names or None for the user's
    # selection, one at a time?).
    queue: List[Tuple[Optional[List[str]], bool]] = [(None, False)]
    while queue and len(boots) <= args.restarts:
        names, serial = queue.pop(0)
        n = len(boots) + 1
        runner_args = plan.user_args if names is None else opts + (["-j", "1"] if serial else []) + names
        this, out = boot_once(plan, args, n, runner_args, log)
        machine = this
        if n > 1:
            out.restarted_with = len(names or [])
            what = "one at a time, the cases running when it died" if serial else "the cases not yet run"
            banner = replay.boot_banner(n, out.restarted_with, what)
            out.log_offset = append_file(this.console, os.path.join(plan.dest, "kernel.log"), banner)
            append_file(this.channel, os.path.join(plan.dest, "channel.log"), banner)
            append_file(os.path.join(plan.work, "emulator-boot.log"), os.path.join(plan.dest, "emulator.log"),
                        banner)
        boots.append(out)
        if out.status != VmStatus.OK:
            log(f"vm-check: {plan.label}: boot {n}: {out.error}")
        ran = [name for name, _ in out.channel.order]
        if not out.status.lost_cases or not any(names is None or name in names for name in ran):
            continue                  # done, or no progress: a new boot would not help
        rest = not_started(out)
        running = [c["name"] for c in out.channel.running()]
        if rest:
            queue.insert(0, (rest, serial))
        if len(running) > 1:
            queue.insert(0, (running, True))
        if queue:
            log(f"vm-check: {plan.label}: starting the guest again for "
                f"{len(queue[0][0] or [])} cases{' one at a time' if queue[0][1] else ''}")
    assert machine is not None          # the loop boots at least once
    return machine, boots


def record_run(plan, machine, boots):
    """Stage 3: results.json and junit.xml beside the logs."""
    vm_info = dict(plan.vm_info, emulator=emulator_version(machine), accel=machine.accel,
                   command=" ".join(shlex.quote(a) for a in machine.command_preview()))
    res = results.compose(boots, plan.kern, plan.label, plan.abi, plan.scale, vm_info)
    results.write(res, plan.dest)
    return res


def announce(res, dest, boots, log):
    """Stage 4: what the run found, on the console."""
    label = res["run"]["label"]
    t = res["totals"]
    v = res["vm"]
    summary = " ".join(f"{k}:{v}" for k, v in t.items() if v)
    log(f"vm-check: {label}: {ptcresults.found(res)}; boot {v['boot_s']:.1f}s, suite {v['suite_s']:.1f}s, "
        f"total {v['total_s']:.1f}s{f' in {len(boots)} boots' if len(boots) > 1 else ''}; {summary}")
    for s in v["splats"]:
        log(f"vm-check: {label}: kernel {s['kind']} at kernel.log:{s['line']}: "
            f"{s['excerpt'].splitlines()[0].strip()}")
    log(f"vm-check: {label}: results in {dest}/")


def run_one(kern, base, args, log, config_check=None):
    plan = plan_run(kern, base, args, log, config_check)
    machine, boots = boot_until_done(plan, args, log)
    res = record_run(plan, machine, boots)
    announce(res, plan.dest, boots, log)
    return res


def judge_run(res, known_dir, log):
    """Whether the run fails vm-check. With --known, a run fails only where it
    differs from its label's list of triaged deviations (none: an empty list)."""
    label = res["run"]["label"]
    if not known_dir:
        return results.failed(res)
    path = os.path.join(known_dir, label)
    try:
        known = results.read_known(path) if os.path.exists(path) else {}
    except (OSError, results.KnownError) as e:
        log(f"vm-check: {label}: {e}")
        return True
    if not res["run"]["complete"]:
        log(f"vm-check: {label}: the run is incomplete")
        return True
    diffs = results.known_differences(res, known)
    for d in diffs:
        log(f"vm-check: {label}: {d} ({path})")
    if not diffs and known:
        log(f"vm-check: {label}: every unexpected result is a known deviation of this kernel ({path})")
    return bool(diffs)


def parse_args(argv):
    p = argparse.ArgumentParser(prog="vm-check", description=__doc__)
    p.add_argument("specs", nargs="*", help="kernel specs (6.1, 6.12, 6.1.176-1, PATH, uml, uml:PATH)")
    p.add_argument("--arch", default=None, help="guest arch: x86_64 or arm64 (default: the host's)")
    p.add_argument("--abi", default="native", choices=["native", "i386"], help="tracee ABI of the build")
    p.add_argument("--build", default=None, help="static build dir (default: out/build/<abi>-static)")
    p.add_argument("--out", default=os.path.join(TOP, "out"), help="the out/ directory")
    p.add_argument("--cache", default=None, help="kernel and initramfs cache (default: out/vm)")
    p.add_argument("--strip", default="strip", help="strip tool for the guest's programs")
    p.add_argument("--kvm", action="store_true", help="use KVM instead of TCG")
    p.add_argument("--timeout-scale", type=float, default=None)
    p.add_argument("--boot-timeout", type=float, default=None, help="seconds to reach init")
    p.add_argument("--idle-timeout", type=float, default=None,
                   help="seconds of silence on the results channel before the guest counts as hung")
    p.add_argument("--max-time", type=float, default=4 * 3600, help="seconds for one guest, at most")
    p.add_argument("--memory", type=int, default=None,
                   help="guest memory in MiB (default: what the initramfs needs, at least 256)")
    p.add_argument("--cpus", type=int, default=2, help="guest CPUs (QEMU)")
    p.add_argument("--label", default=None, help="the run's label (one kernel only)")
    p.add_argument("--known", default=None, metavar="DIR",
                   help="fail only on differences from DIR/<label>, the kernel's triaged deviations")
    p.add_argument("--runflags", default="", help="arguments for ptc-run in the guest")
    p.add_argument("--emulator", default=None, help="emulator binary (tests)")
    p.add_argument("--busybox", default=None, help="a static busybox for the guest (default: the host's)")
    p.add_argument("--append", default=None, help="extra kernel command line")
    p.add_argument("--quiet", action="store_true", help="show only failing cases live")
    p.add_argument("--restarts", type=int, default=8,
                   help="times to start a guest that died again for the cases it had not run")
    p.add_argument("--force", action="store_true",
                   help="boot a tree whose .config lacks options the guest needs (make FORCE=1)")
    p.add_argument("--replace", action="store_true",
                   help="replace a label's results that are another kernel's (make REPLACE=1)")
    p.add_argument("--deps-only", action="store_true", help="install what the specs need and stop")
    p.add_argument("--no-install", action="store_true", help="do not install missing packages")
    return p.parse_args(argv)


def parse_main(argv: List[str]) -> int:
    """ci/vm-check.py parse <channel.log> <dest>: results.json and junit.xml
    again from a saved channel."""
    p = argparse.ArgumentParser(prog="vm-check parse", description=replay.__doc__.split("\n\n")[0])
    p.add_argument("channel_log", help="a run's channel.log (its kernel.log beside it is read too)")
    p.add_argument("dest", help="the directory for results.json and junit.xml")
    p.add_argument("--label", default=None, help="the run's label (default: the one the guest reported)")
    p.add_argument("--accel", default="tcg", choices=["tcg", "kvm"],
                   help="how QEMU ran, when no results.json is beside the channel (default: tcg)")
    a = p.parse_args(argv)
    try:
        res = replay.rebuild(a.channel_log, a.dest, a.label, a.accel)
    except replay.ReplayError as e:
        print(f"vm-check parse: {e}", file=sys.stderr)
        return 2
    except OSError as e:
        print(f"vm-check parse: cannot write {a.dest}: {e.strerror}", file=sys.stderr)
        return 2
    t = " ".join(f"{k}:{v}" for k, v in res["totals"].items() if v)
    print(f"vm-check parse: {res['run']['label']}: {len(res['cases'])} cases ({t}), "
          f"guest {res['vm']['status']}; written to {a.dest}/")
    return 0


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["parse"]:
        return parse_main(argv[1:])
    args = parse_args(argv)
    args.out = os.path.abspath(args.out)
    if args.build:
        args.build = os.path.abspath(args.build)
    log = lambda msg: print(msg, file=sys.stderr, flush=True)  # noqa: E731
    try:
        arch = specmod.normalize_arch(args.arch)
        specs = specmod.parse_many(args.specs, arch)
    except SpecError as e:
        log(f"vm-check: {e}")
        return 2
    if args.known and not os.path.isdir(args.known):
        log(f"vm-check: KNOWN={args.known}: not a directory of known deviations")
        return 2
    if args.label and len(specs) > 1:
        log("vm-check: LABEL names one run: give one KERNEL with it")
        return 2
    if not args.no_install and not install_deps(needs_for(specs)):
        return 1
    if args.deps_only:
        return 0
    build = args.build or os.path.join(args.out, "build", f"{args.abi if arch == specmod.host_arch() else arch}-static")
    args.build = build
    cache = os.path.abspath(args.cache) if args.cache else os.path.join(args.out, "vm")
    failures = 0
    runs = []
    for s in specs:
        try:
            kern = kernels.resolve(s, cache, log=log)
            # Checked before anything is built or kept for a boot that will not happen.
            blocked, config_check = config_blocks(kern, args, log)
            if blocked or overwrite_refused(kern, args, log):
                failures += 1
                continue
            if kern.sha256:
                kernels.keep_image(kern, cache)
            busybox = args.busybox or find_busybox(kern.arch, cache, log)
            base = initramfs.build_base(build, busybox, os.path.join(cache, "initramfs", kern.arch),
                                        strip_tool=args.strip, log=log)
        except (SpecError, FileNotFoundError) as e:
            log(f"vm-check: KERNEL={s.text}: {e}")
            failures += 1
            continue
        res = run_one(kern, base, args, log, config_check)
        runs.append(res)
        failures += judge_run(res, args.known, log)
    if len(specs) > 1:
        log("vm-check: " + "; ".join(
            f"{r['run']['label']} {r['vm']['status']} {r['vm']['total_s']:.0f}s" for r in runs))
    return 1 if failures else 0
