# SPDX-License-Identifier: GPL-2.0
"""Booting a guest and watching it: the emulator command lines (QEMU x86_64
and arm64, user-mode Linux), the kernel-log scanner, the results-channel
parser, and the watch loop with its deadlines. The kernel console and the
results channel are two files the emulator writes; this module tails both."""
import json
import os
import re
import signal
import subprocess
import time
from dataclasses import dataclass, field
from enum import Enum
from typing import Callable, List, Optional

from .arches import UML_CHANNEL_DEVICE, settings

# ---- the kernel log -----------------------------------------------------------------

# (kind, pattern, fails the run). Stalls come first: "watchdog: BUG: soft
# lockup" is a stall report, and under emulation a stall may be the
# emulator's slowness, so it is recorded but does not fail the run.
LOG_PATTERNS = [
    ("stall", re.compile(r"rcu: INFO: .*detected stalls|rcu_.*self-detected stall|"
                         r"watchdog: BUG: soft lockup|INFO: task .* blocked for more than"), False),
    ("panic", re.compile(r"Kernel panic - not syncing"), True),
    ("lockdep", re.compile(r"WARNING: (possible circular locking|possible recursive locking|"
                           r"inconsistent lock state|suspicious RCU usage|possible irq lock|"
                           r"lock held when returning|bad unlock balance|held lock freed)|"
                           r"INFO: possible .*lock"), True),
    ("oops", re.compile(r"Oops(: |\[#)|general protection fault|Internal error: Oops|"
                        r"Unable to handle kernel"), True),
    ("BUG", re.compile(r"kernel BUG at|\bBUG: |UBSAN: |KASAN: |KFENCE: "), True),
    ("WARN", re.compile(r"WARNING: CPU: \d+ PID: \d+ at|WARNING: at |------------\[ cut here \]"), True),
]
END_OF_REPORT = re.compile(r"---\[ end (trace|Kernel panic)")
# The kernel's one-line reports of a user-space process's fault ("traps:
# prog[pid] general protection fault ip:... in prog[...]", "prog[pid]:
# segfault at ...") are about the process, which a case may make fault on
# purpose: not kernel reports.
USER_FAULT = re.compile(r"\btraps: \S.*\[\d+\] |\S\[\d+\]: segfault at ")
EXCERPT_LINES = 60


@dataclass
class Splat:
    kind: str
    line: int            # 1-based line in kernel.log
    fails: bool
    lines: list = field(default_factory=list)

    def excerpt(self):
        return "\n".join(self.lines)

    def as_dict(self):
        return {"kind": self.kind, "line": self.line, "fails": self.fails,
                "excerpt": self.excerpt()}


class LogScanner:
    """Feeds on kernel console lines; collects WARN/BUG/oops/lockdep/panic
    reports with an excerpt each (up to the end-of-trace marker)."""

    def __init__(self):
        self.splats = []
        self.lineno = 0
        self._open = None

    def feed(self, line):
        self.lineno += 1
        match = None
        if not USER_FAULT.search(line):
            match = next(((k, f) for k, pat, f in LOG_PATTERNS if pat.search(line)), None)
        s = self._open
        if s is not None:
            if END_OF_REPORT.search(line) or len(s.lines) >= EXCERPT_LINES:
                s.lines.append(line)
                self._open = None
                return
            same_report = match is None or match[0] == s.kind
            if match and len(s.lines) <= 3 and match[0] != "panic":
                # A "cut here" line comes before the WARNING or BUG line it
                # belongs to; "BUG: unable to handle ..." before "Oops:".
                if s.kind == "WARN" or (s.kind == "BUG" and match[0] == "oops"):
                    if match[0] != "WARN":
                        s.kind, s.fails = match
                    same_report = True
            if same_report:
                s.lines.append(line)
                return
            self._open = None           # another report begins
        if match:
            s = Splat(match[0], self.lineno, match[1], [line])
            self.splats.append(s)
            self._open = s

    @property
    def panicked(self):
        return any(s.kind == "panic" for s in self.splats)

    def failing(self):
        return [s for s in self.splats if s.fails]

    def notices(self):
        return [s for s in self.splats if not s.fails]


def scan_text(text):
    sc = LogScanner()
    for line in text.splitlines():
        sc.feed(line)
    return sc


# ---- the results channel -------------------------------------------------------------

class Channel:
    """Parses the guest's results channel: "@ptc <kind> <payload>" lines and
    everything else (the TAP stream, shown live)."""

    def __init__(self, on_text=None):
        self.init_at = None        # guest uptime when init started
        self.head = None
        self.tail = None
        self.exit_status = None
        self.started = {}          # (name, iteration) -> case object of a started job
        self.order = []            # start order of (name, iteration)
        self.finished = {}         # (name, iteration) -> case object
        self.bad_lines = []
        self.text_tail = []        # the last lines that were not "@ptc" lines
        self.on_text = on_text or (lambda line: None)

    def feed(self, line):
        if not line.startswith("@ptc "):
            self.text_tail = (self.text_tail + [line])[-40:]
            self.on_text(line)
            return
        kind, _, payload = line[5:].partition(" ")
        try:
            if kind == "init":
                self.init_at = float(payload.split()[0]) if payload.strip() else 0.0
            elif kind == "exit":
                self.exit_status = int(payload.strip())
            elif kind in ("head", "tail", "start", "case"):
                obj = json.loads(payload)
                if kind == "head":
                    self.head = obj
                elif kind == "tail":
                    self.tail = obj
                else:
                    key = (obj["name"], obj.get("iteration", 1))
                    if kind == "start":
                        if key not in self.started:
                            self.order.append(key)
                        self.started[key] = obj
                    else:
                        if key not in self.started:
                            self.order.append(key)
                            self.started[key] = obj
                        self.finished[key] = obj
            else:
                self.bad_lines.append(line)
        except (ValueError, KeyError, TypeError):
            # A line cut by the guest's death, or garbled: kept for the record.
            self.bad_lines.append(line)

    @property
    def booted(self):
        return self.init_at is not None

    def running(self):
        """Jobs started and not finished, in start order."""
        return [self.started[k] for k in self.order if k not in self.finished]

    def max_case_timeout(self, default=10.0):
        t = default
        for c in self.started.values():
            try:
                t = max(t, float(c.get("meta", {}).get("timeout") or default))
            except ValueError:
                pass
        return t


class Tail:
    """Reads what was appended to a file since the last call, as lines."""

    def __init__(self, path):
        self.path = path
        self.pos = 0
        self.partial = b""

    def lines(self, final=False):
        try:
            with open(self.path, "rb") as f:
                f.seek(self.pos)
                data = f.read()
        except FileNotFoundError:
            return []
        self.pos += len(data)
        data = self.partial + data
        parts = data.split(b"\n")
        self.partial = parts.pop()
        if final and self.partial:
            parts.append(self.partial)
            self.partial = b""
        return [p.decode("utf-8", errors="replace").rstrip("\r") for p in parts]


# ---- emulator command lines --------------------------------------------------------------

@dataclass
class Machine:
    how: str                 # qemu or uml
    arch: str                # x86_64 or arm64
    image: str
    initrd: str
    console: str             # file the kernel console goes to
    channel: str             # file the results channel goes to
    memory_mb: int = 1024
    cpus: int = 2
    kvm: bool = False
    emulator: str = ""       # override the emulator binary
    workdir: str = ""
    extra_append: str = ""

    @property
    def chan_device(self) -> str:
        return UML_CHANNEL_DEVICE if self.how == "uml" else settings(self.arch).channel_device

    @property
    def emulator_binary(self) -> str:
        return self.emulator or (self.image if self.how == "uml" else settings(self.arch).emulator)

    @property
    def accel(self):
        return "uml" if self.how == "uml" else ("kvm" if self.kvm else "tcg")

    def argv(self, chan_fd=3):
        """The emulator's command line; for UML the results channel is the
        inherited descriptor chan_fd."""
        if self.how == "uml":
            return self._uml(chan_fd)
        return self._qemu()

    def command_preview(self):
        return self.argv()

    def _qemu(self) -> List[str]:
        arch = settings(self.arch)
        argv = [self.emulator_binary, "-nodefaults", "-no-user-config", "-display", "none",
                "-no-reboot", "-m", str(self.memory_mb), "-smp", str(self.cpus)] + list(arch.machine)
        argv += ["-accel", "kvm", "-cpu", "host"] if self.kvm else \
            ["-accel", "tcg,thread=multi", "-cpu", "max"]
        argv += ["-kernel", self.image, "-initrd", self.initrd,
                 "-append", f"console={arch.console} panic=-1 rdinit=/init {self.extra_append}".strip(),
                 "-serial", f"file:{self.console}"]
        return argv + [a.replace("{path}", self.channel) for a in arch.channel_qemu]

    def _uml(self, chan_fd: int) -> List[str]:
        exe = self.emulator_binary
        umldir = os.path.join(self.workdir or os.path.dirname(self.channel), "uml")
        return [exe, f"mem={self.memory_mb}M", f"initrd={self.initrd}",
                f"uml_dir={umldir}", f"umid=ptc-{os.getpid()}",
                "con=null", "con0=null,fd:1", "ssl=null", f"ssl0=fd:{chan_fd}",
                "panic=-1", "rdinit=/init"] + self.extra_append.split()


# ---- the watch loop --------------------------------------------------------------------------

@dataclass
class Deadlines:
    boot_s: float            # emulator start -> "@ptc init"
    idle_s: float            # after init: longest silence on the channel
    total_s: float           # the whole guest
    scale: float = 1.0
    poweroff_s: float = 60.0  # "@ptc exit" -> the emulator ends
    fixed_idle: bool = False  # idle_s as given, not raised to the longest case deadline


class VmStatus(str, Enum):
    """How a guest ended. A str, so results.json holds the value."""
    OK = "ok"
    PANIC = "panic"                    # the kernel panicked
    HUNG = "hung"                      # silent past the deadline, or past the run's limit
    NO_INIT = "no-init"                # init never reported
    DIED = "died"                      # stopped before the suite finished, no panic seen
    RUNNER_ERROR = "runner-error"      # the runner in the guest failed (usage, setup)
    EMULATOR_ERROR = "emulator-error"  # the emulator did not start or failed before the kernel

    def __str__(self) -> str:
        return self.value

    @property
    def lost_cases(self) -> bool:
        """The guest ended under running cases: a new boot may run the rest."""
        return self in (VmStatus.PANIC, VmStatus.DIED, VmStatus.HUNG)


@dataclass
class Outcome:
    status: VmStatus = VmStatus.OK
    error: str = ""
    boot_s: float = 0.0      # emulator start -> init
    suite_s: float = 0.0     # init -> runner exit (or the end)
    total_s: float = 0.0
    scanner: LogScanner = field(default_factory=LogScanner)
    channel: Channel = field(default_factory=Channel)
    emulator_rc: Optional[int] = None
    emulator_log: str = ""
    console_tail: list = field(default_factory=list)
    log_offset: int = 0      # lines of kernel.log before this boot's console
    restarted_with: Optional[int] = None   # cases this boot was asked to run (None: the user's selection)


def _kill_group(proc):
    """End the emulator we started (its own session) and reap it."""
    if proc.poll() is not None:
        return
    for sig, wait in ((signal.SIGTERM, 5), (signal.SIGKILL, 10)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            break
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def watch(machine, deadlines, emulator_log, on_text=None, on_console=None, poll=0.1,
          clock=time.monotonic):
    """Boot the machine and watch it to the end. Never raises for guest
    failures: the Outcome says what happened."""
    for p in (machine.console, machine.channel):
        open(p, "wb").close()
    fds, stdout_path = (), None
    if machine.how == "uml":
        # UML: the console is its stdout, the channel a descriptor it inherits.
        os.makedirs(os.path.join(machine.workdir or os.path.dirname(machine.channel), "uml"),
                    exist_ok=True)
        fds = (os.open(machine.channel, os.O_WRONLY | os.O_APPEND | os.O_CLOEXEC),)
        stdout_path = machine.console
    argv = machine.argv(fds[0] if fds else 3)
    out = Outcome(scanner=LogScanner(), channel=Channel(on_text))
    console_lines = []
    t0 = clock()
    with open(emulator_log, "wb") as elog:
        stdout = open(stdout_path, "wb") if stdout_path else elog
        try:
            proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=stdout,
                                    stderr=elog, pass_fds=fds, start_new_session=True,
                                    cwd=machine.workdir or None)
        except OSError as e:
            out.status, out.error = VmStatus.EMULATOR_ERROR, f"cannot start {argv[0]}: {e}"
            return out
        finally:
            for fd in fds:
                os.close(fd)
            if stdout_path:
                stdout.close()
    con, chan = Tail(machine.console), Tail(machine.channel)
    last_progress = None
    panic_at = exit_at = None
    boot_t = None

    def drain(final=False):
        nonlocal last_progress, boot_t
        for line in con.lines(final):
            console_lines.append(line)
            out.scanner.feed(line)
            if on_console:
                on_console(line)
        lines = chan.lines(final)
        for line in lines:
            was_booted = out.channel.booted
            out.channel.feed(line)
            if out.channel.booted and not was_booted:
                boot_t = clock()
        if lines:
            last_progress = clock()

    try:
        while True:
            rc = proc.poll()
            drain(final=rc is not None)
            now = clock()
            if rc is not None:
                out.emulator_rc = rc
                break
            if out.scanner.panicked and panic_at is None:
                panic_at = now
            if panic_at is not None and now - panic_at > 5:
                break                     # the panic report is in; the guest is dead
            if out.channel.exit_status is not None and exit_at is None:
                exit_at = now
            if exit_at is not None and now - exit_at > deadlines.poweroff_s:
                break                     # finished, but did not power off: results are complete
            if not out.channel.booted:
                if now - t0 > deadlines.boot_s:
                    out.status = VmStatus.NO_INIT
                    out.error = (f"the guest did not reach init within {deadlines.boot_s:.0f}s "
                                 "(kernel stuck early, or no console output: see kernel.log)")
                    break
            elif exit_at is None:
                idle = deadlines.idle_s
                if out.channel.started and not deadlines.fixed_idle:
                    idle = max(idle, (out.channel.max_case_timeout() + 5) * deadlines.scale + 60)
                if now - (last_progress or now) > idle:
                    out.status = VmStatus.HUNG
                    running = ", ".join(c["name"] for c in out.channel.running()) or "none"
                    out.error = (f"the guest stopped reporting for {idle:.0f}s "
                                 f"(cases running: {running})")
                    break
            if now - t0 > deadlines.total_s:
                out.status = VmStatus.HUNG
                out.error = f"the guest ran longer than the {deadlines.total_s:.0f}s limit"
                break
            time.sleep(poll)
    finally:
        _kill_group(proc)
        drain(final=True)
    end = clock()
    out.total_s = end - t0
    if boot_t is not None:
        out.boot_s = boot_t - t0
        out.suite_s = (exit_at or end) - boot_t
    else:
        out.boot_s = out.total_s
    out.console_tail = console_lines[-40:]
    try:
        with open(emulator_log, errors="replace") as f:
            out.emulator_log = f.read()[-4000:]
    except OSError:
        pass
    if out.status == VmStatus.OK:
        judge_end(out, argv[0])     # a later boot's files end up appended to these names
    return out


# What init says when it cannot go on ("ptc-init: ..."), on the console or
# on the channel, whichever the kernel gave it.
INIT_SAYS = re.compile(r"ptc-init: (.*)")


def judge_end(out: Outcome, emulator: str = "the emulator", console_file: str = "kernel.log",
              channel_file: str = "channel.log") -> None:
    """The status and error of a guest that ended by itself, from what it
    left on its console and its channel."""
    ch = out.channel
    if out.scanner.panicked:
        p = next(s for s in out.scanner.splats if s.kind == "panic")
        out.status, out.error = VmStatus.PANIC, "the kernel panicked: " + p.lines[0].strip()
    elif ch.exit_status not in (None, 0, 1):
        out.status = VmStatus.RUNNER_ERROR
        out.error = f"the runner in the guest exited with status {ch.exit_status}"
    elif ch.exit_status is not None:
        out.status = VmStatus.OK
    elif not ch.booted and not out.console_tail and not ch.text_tail and out.emulator_rc not in (None, 0):
        out.status = VmStatus.EMULATOR_ERROR
        out.error = (f"{emulator} exited with status {out.emulator_rc} before the kernel "
                     f"printed anything: {out.emulator_log.strip()[-600:]}")
    elif not ch.booted:
        out.status = VmStatus.NO_INIT
        # The console is where the kernel's lines are: a kernel without the
        # channel's device may have put its console on the channel's port.
        where = console_file if out.console_tail or not ch.text_tail else channel_file
        said = [(console_file, m.group(1)) for m in map(INIT_SAYS.search, out.console_tail) if m] + \
            [(channel_file, m.group(1)) for m in map(INIT_SAYS.search, ch.text_tail) if m]
        if said:
            out.error = f"init ran and stopped: {said[-1][1]} (see {said[-1][0]})"
        else:
            out.error = f"the guest stopped before init ran (see {where})"
    else:
        out.status = VmStatus.DIED
        out.error = "the guest stopped before the suite finished (no panic in the log)"
