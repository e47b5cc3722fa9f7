# SPDX-License-Identifier: GPL-2.0
"""results.json and junit.xml again from a run's saved channel.log (and the
kernel.log beside it, when there is one):

  ci/vm-check.py parse <channel.log> <dest>

The channel holds everything the guest reported; vm-check appends the
channel of each later boot after a banner line, and the same banner to
kernel.log, so each boot is read back as it was. What only the host knew
(the emulator, its command line, the reproduce line) comes from the
results.json beside the channel when there is one."""
import json
import os
import re
from types import SimpleNamespace
from typing import Any, Dict, List, Optional

from . import guest, results
from .guest import VmStatus


def boot_banner(n: int, cases: int, what: str) -> str:
    """The line that starts boot n's part of kernel.log and channel.log."""
    return f"===== vm-check: boot {n}: {cases} cases, {what} ====="


BANNER_RE = re.compile(r"^===== vm-check: boot (\d+): (\d+) cases, .* =====$")


class ReplayError(Exception):
    """A channel.log that cannot be read back; the message says why."""


def _read_lines(path: str) -> List[str]:
    with open(path, "rb") as f:
        return f.read().decode("utf-8", errors="replace").splitlines()


def split_boots(lines: List[str]) -> List[List[str]]:
    """The lines of each boot: the first, then one part per banner."""
    parts: List[List[str]] = [[]]
    for line in lines:
        if BANNER_RE.match(line):
            parts.append([])
        else:
            parts[-1].append(line)
    return parts


def outcome_of(chan_lines: List[str], console_lines: List[str], log_offset: int) -> guest.Outcome:
    """A boot as the watch loop would have judged it from its two files."""
    out = guest.Outcome(log_offset=log_offset)
    for line in chan_lines:
        out.channel.feed(line)
    for line in console_lines:
        out.scanner.feed(line)
    out.console_tail = console_lines[-40:]
    guest.judge_end(out)
    if out.status == VmStatus.DIED:
        out.error = "the channel ends before the suite finished"
    return out


def previous_results(dirpath: str) -> Dict[str, Any]:
    """The results.json beside the channel, or {}."""
    try:
        with open(os.path.join(dirpath, "results.json")) as f:
            doc = json.load(f)
        return doc if isinstance(doc, dict) else {}
    except (OSError, ValueError):
        return {}


def rebuild(channel_log: str, dest: str, label: Optional[str] = None, accel: str = "tcg") -> Dict[str, Any]:
    """The results object of the run that left channel_log, written to
    dest. ReplayError when the file is no results channel. The channel does
    not say how QEMU ran: accel when no results.json is beside it."""
    try:
        chan_parts = split_boots(_read_lines(channel_log))
    except OSError as e:
        raise ReplayError(f"cannot read {channel_log}: {e.strerror}") from None
    if not any(line.startswith("@ptc ") for part in chan_parts for line in part):
        raise ReplayError(f"{channel_log} has no '@ptc' line: not the results channel of a vm-check run")
    here = os.path.dirname(os.path.abspath(channel_log))
    try:
        con_lines = _read_lines(os.path.join(here, "kernel.log"))
    except OSError:
        con_lines = []
    con_parts = split_boots(con_lines)
    con_parts += [[]] * (len(chan_parts) - len(con_parts))
    boots, offset = [], 0
    for n, (chan, con) in enumerate(zip(chan_parts, con_parts), 1):
        offset += 1 if n > 1 else 0         # the banner line
        b = outcome_of(chan, con, offset)
        if n > 1:
            b.restarted_with = len((b.channel.head or {}).get("selected", []))
        offset += len(con)
        boots.append(b)
    head = next((b.channel.head for b in boots if b.channel.head), None) or {}
    run, kernel = head.get("run") or {}, head.get("kernel") or {}
    previous = previous_results(here)
    vm = previous.get("vm") or {}
    vm_kernel = vm.get("kernel") or {"source": "path", "image": "", "release": kernel.get("release", ""),
                                      "arch": kernel.get("arch", "")}
    kern = SimpleNamespace(how=run.get("how", "qemu"), release=kernel.get("release", ""),
                           arch=kernel.get("arch", ""))
    vm_info = {"spec": "", "kernel": vm_kernel, "arch": kern.arch,
               "accel": "uml" if kern.how == "uml" else accel, "reproduce": ""}
    vm_info.update({k: v for k, v in vm.items() if k in (
        "spec", "arch", "emulator", "accel", "cpus", "memory_mb", "started", "command", "reproduce",
        "timeout_scale", "kernel_config", "config_check", "image")})
    vm_info["rebuilt_from"] = os.path.basename(channel_log)
    label = label or (previous.get("run") or {}).get("label") or run.get("label") or os.path.basename(os.path.abspath(dest))
    res = results.compose(boots, kern, label, run.get("tracee_abi", "native"),
                          run.get("timeout_scale", 1), vm_info)
    results.write(res, dest)
    return res
