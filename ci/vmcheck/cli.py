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

from . import guest, initramfs, kconfig, kernels, results
from . import spec as specmod
from .spec import SpecError

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
INSTALL = os.path.join(TOP, "ci", "install-vm-deps.sh")

# Per way of running: the runner's timeout scale, the boot deadline, the
# base of the silence deadline (seconds), the runner's jobs. Measured on a
# 2-CPU machine over the whole suite: a case's median time is 10-20 times the
# host's under TCG and UML, the slowest case (a race loop) 5-10 times.
# UML has one CPU: cases run four at a time there, so that the deadlines of
# cases that wait in vain (a feature UML lacks) overlap instead of adding up.
PROFILES = {
    "tcg": {"scale": 10.0, "boot": 180.0, "idle": 180.0, "jobs": None},
    "kvm": {"scale": 2.0, "boot": 60.0, "idle": 60.0, "jobs": None},
    "uml": {"scale": 3.0, "boot": 60.0, "idle": 90.0, "jobs": 4},
}


def needs_for(specs):
    needs = ["initramfs"]
    for s in specs:
        if s.how == "uml":
            needs.append("uml" if s.kind == "uml" else None)
        elif s.arch == "arm64":
            needs += ["qemu-arm64", "cross-arm64"]
        else:
            needs.append("qemu-x86_64")
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


def reproduce_command(spec, arch, abi, runflags):
    cmd = ["make", "vm-check", f"KERNEL={shlex.quote(spec.text)}"]
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
    exe = machine.emulator or ("qemu-system-x86_64" if machine.arch == "x86_64" else "qemu-system-aarch64")
    try:
        r = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=20)
        return r.stdout.splitlines()[0].strip() if r.stdout else exe
    except (OSError, subprocess.TimeoutExpired, IndexError):
        return exe


# ptc-run options that take a value as the next argument.
RUNNER_VALUE_OPTS = {"-j", "--jobs", "--repeat", "--timeout-scale", "--label", "--how", "--abi",
                     "--results", "--cases", "--stream", "--kconfig"}

# Where the kernel's config goes in the guest, for ptc-run --kconfig.
GUEST_KCONFIG = "/kernel-config"


def check_config(kern, label, log):
    """A build tree's .config against the suite's fragment (config), before
    booting: a warning naming what it lacks, never an error. The record for
    results.json, or None when there is no tree to check."""
    if not kern.tree:
        return None
    if kern.how != "qemu" or kern.arch != "x86_64":
        log(f"vm-check: {label}: the config fragment describes x86_64 QEMU guests; "
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


def run_one(kern, base, args, log):
    label = args.label or kern.label()
    if args.abi != "native":
        label += f"-{args.abi}"
    profile = PROFILES["uml" if kern.how == "uml" else ("kvm" if args.kvm else "tcg")]
    scale = args.timeout_scale or profile["scale"]
    dest = os.path.join(args.out, "results", label)
    work = os.path.join(args.out, "vm", "run", label)
    os.makedirs(dest, exist_ok=True)
    os.makedirs(work, exist_ok=True)
    for f in ("results.json", "junit.xml", "kernel.log", "channel.log", "emulator.log"):
        try:
            os.unlink(os.path.join(dest, f))
        except FileNotFoundError:
            pass
    memory = args.memory or initramfs.memory_needed_mb(base)
    deadlines = guest.Deadlines(boot_s=args.boot_timeout or profile["boot"],
                                idle_s=args.idle_timeout or profile["idle"], total_s=args.max_time, scale=scale,
                                fixed_idle=args.idle_timeout is not None)
    started = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    config_check = check_config(kern, label, log)
    # The profile's job count first: a -j in RUNFLAGS comes later and wins.
    user_args = (["-j", str(profile["jobs"])] if profile["jobs"] else []) + shlex.split(args.runflags or "")
    files, config_args, config_rec = guest_config(kern, args.build, user_args, log)
    user_args = config_args + user_args
    opts, _ = split_runflags(user_args)

    def on_text(line):
        if not args.quiet or line.startswith("not ok") or line.startswith("# Totals"):
            print(f"[{label}] {line}", flush=True)

    boots = []
    # Batches of cases still to run, each (names or None for the user's
    # selection, one at a time?). When a guest dies with several cases
    # running, those run again one at a time, so that the one it dies under
    # is known and the others get their real results.
    queue = [(None, False)]
    while queue and len(boots) <= args.restarts:
        names, serial = queue.pop(0)
        n = len(boots) + 1
        if names is None:
            runner_args = user_args
        else:
            runner_args = opts + (["-j", "1"] if serial else []) + names
        # The first boot writes straight beside the results; later ones are
        # appended to them after the boot.
        here = dest if n == 1 else work
        machine = guest.Machine(
            how=kern.how, arch=kern.arch, image=kern.image, initrd=os.path.join(work, "initrd.img"),
            console=os.path.join(here, "kernel.log" if n == 1 else "console.log"),
            channel=os.path.join(here, "channel.log" if n == 1 else "channel-boot.log"),
            memory_mb=memory, cpus=args.cpus, kvm=args.kvm, emulator=args.emulator or "",
            workdir=work, extra_append=args.append or "")
        initramfs.assemble(base, {
            "label": label, "how": kern.how, "abi": args.abi, "scale": f"{scale:g}",
            "chan": machine.chan_device,
        }, runner_args, machine.initrd, initramfs.modules_in(kern.modules), files)
        log(f"vm-check: {label}: booting {kern.image} ({kern.how}, {machine.accel}, "
            f"timeout scale {scale:g}{'' if n == 1 else f', boot {n}'})")
        out = guest.watch(machine, deadlines, os.path.join(here, "emulator.log" if n == 1 else "emulator-boot.log"),
                          on_text=on_text)
        if n > 1:
            out.restarted_with = len(names)
            what = "one at a time, the cases running when it died" if serial else "the cases not yet run"
            banner = f"===== vm-check: boot {n}: {out.restarted_with} cases, {what} ====="
            out.log_offset = append_file(machine.console, os.path.join(dest, "kernel.log"), banner)
            append_file(machine.channel, os.path.join(dest, "channel.log"), banner)
            append_file(os.path.join(work, "emulator-boot.log"), os.path.join(dest, "emulator.log"), banner)
        boots.append(out)
        if out.status != "ok":
            log(f"vm-check: {label}: boot {n}: {out.error}")
        ran = [name for name, _ in out.channel.order]
        if out.status not in ("panic", "died", "hung") or not any(
                names is None or name in names for name in ran):
            continue                  # done, or no progress: a new boot would not help
        rest = not_started(out)
        running = [c["name"] for c in out.channel.running()]
        if rest:
            queue.insert(0, (rest, serial))
        if len(running) > 1:
            queue.insert(0, (running, True))
        if queue:
            log(f"vm-check: {label}: starting the guest again for "
                f"{len(queue[0][0])} cases{' one at a time' if queue[0][1] else ''}")

    vm_info = {
        "spec": kern.spec.text, "kernel": kern.describe(), "arch": kern.arch,
        "emulator": emulator_version(machine), "accel": machine.accel,
        "cpus": args.cpus if kern.how != "uml" else 1, "memory_mb": memory,
        "started": started, "command": " ".join(shlex.quote(a) for a in machine.command_preview()),
        "reproduce": reproduce_command(kern.spec, kern.arch, args.abi, args.runflags),
        "timeout_scale": scale, "kernel_config": config_rec,
    }
    if config_check is not None:
        vm_info["config_check"] = config_check
    res = results.compose(boots, kern, label, args.abi, scale, vm_info)
    results.write(res, dest)
    t = res["totals"]
    v = res["vm"]
    summary = " ".join(f"{k}:{v}" for k, v in t.items() if v)
    status = v["status"] if v["status"] != "ok" else ("kernel-log" if v["splats"] else "ok")
    log(f"vm-check: {label}: {status}; boot {v['boot_s']:.1f}s, suite {v['suite_s']:.1f}s, "
        f"total {v['total_s']:.1f}s{f' in {len(boots)} boots' if len(boots) > 1 else ''}; {summary}")
    for s in v["splats"]:
        log(f"vm-check: {label}: kernel {s['kind']} at kernel.log:{s['line']}: "
            f"{s['excerpt'].splitlines()[0].strip()}")
    log(f"vm-check: {label}: results in {dest}/")
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
    p.add_argument("--deps-only", action="store_true", help="install what the specs need and stop")
    p.add_argument("--no-install", action="store_true", help="do not install missing packages")
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
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
            busybox = args.busybox or find_busybox(kern.arch, cache, log)
            base = initramfs.build_base(build, busybox, os.path.join(cache, "initramfs", kern.arch),
                                        strip_tool=args.strip, log=log)
        except (SpecError, FileNotFoundError) as e:
            log(f"vm-check: KERNEL={s.text}: {e}")
            failures += 1
            continue
        res = run_one(kern, base, args, log)
        runs.append(res)
        failures += judge_run(res, args.known, log)
    if len(specs) > 1:
        log("vm-check: " + "; ".join(
            f"{r['run']['label']} {r['vm']['status']} {r['vm']['total_s']:.0f}s" for r in runs))
    return 1 if failures else 0
