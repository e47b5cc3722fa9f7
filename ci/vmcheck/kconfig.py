# SPDX-License-Identifier: GPL-2.0
"""The suite's kernel config fragment (the file `config` at the top of the
repository, kselftest style) against a kernel's .config.

The fragment holds CONFIG_FOO=value lines and "# CONFIG_FOO is not set"
lines. Its comment lines that begin with "# ----" start sections: options of
the first section are needed to boot under make vm-check and run the suite,
those of later sections enable optional cases. A wanted number is a minimum.

make vm-check KERNEL=<tree> calls check_tree() before it boots: it names the
options the tree's .config lacks; without an option the guest needs (part 1)
it does not boot unless told to (FORCE=1), without optional ones it warns. A
fragment entry that is no Kconfig symbol of the tree is named with the
fragment's file and line; an unreadable or malformed .config makes the check
"unknown". Nothing here raises on bad input.

Run on its own it checks a tree and exits 1 on fragment problems:
  ci/vmcheck/kconfig.py [--fragment FILE] TREE
"""
import gzip
import os
import re
import sys
import zlib
from dataclasses import dataclass, field

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FRAGMENT = os.path.join(TOP, "config")
FRAGMENT_ARCH = "x86_64"      # the guests the fragment's options are for

NEEDED, OPTIONAL = "needed", "optional"
PART_TITLES = {NEEDED: "needed to boot/run", OPTIONAL: "optional cases"}

SET_RE = re.compile(r"^(CONFIG_[A-Za-z0-9_]+)=(.*)$")
UNSET_RE = re.compile(r"^# (CONFIG_[A-Za-z0-9_]+) is not set$")
SYMBOL_RE = re.compile(r"^\s*(?:menu)?config\s+([A-Za-z0-9_]+)\s*$")
ARCH_RE = re.compile(r"^# Linux/(\S+) ")


class ConfigError(Exception):
    """A fragment or .config that cannot be used; the message names it."""


@dataclass
class Entry:
    name: str        # CONFIG_FOO
    value: str       # y, m, n, a number or a string
    line: int        # line in the fragment
    part: str        # NEEDED or OPTIONAL


@dataclass
class Fragment:
    path: str
    entries: list = field(default_factory=list)
    problems: list = field(default_factory=list)   # "file:line: message"


def parse_fragment(path):
    """The fragment's entries; malformed lines become problems, not errors.
    ConfigError only when the file cannot be read."""
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"cannot read the config fragment {path}: {e}") from None
    frag = Fragment(path)
    sections = 0
    seen = {}
    for n, raw in enumerate(lines, 1):
        line = raw.strip()
        if line.startswith("# ----"):
            sections += 1
            continue
        m = SET_RE.match(line)
        u = UNSET_RE.match(line)
        if not line or (line.startswith("#") and not u):
            continue
        if m:
            name, value = m.group(1), m.group(2).strip()
            if value == "":
                frag.problems.append(f"{path}:{n}: {name} has no value (write {name}=y)")
                continue
        elif u:
            name, value = u.group(1), "n"
        else:
            frag.problems.append(f"{path}:{n}: not a CONFIG_FOO=value line: {line[:80]!r}")
            continue
        if name in seen:
            frag.problems.append(f"{path}:{n}: {name} again (first at line {seen[name]})")
            continue
        seen[name] = n
        frag.entries.append(Entry(name, value, n, NEEDED if sections <= 1 else OPTIONAL))
    return frag


@dataclass
class DotConfig:
    path: str
    values: dict     # CONFIG_FOO -> value ("n" for "is not set")
    arch: str        # from the "# Linux/<arch> ..." header, "" if absent


def _read_text(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return data.decode("utf-8")


def parse_dotconfig(path):
    """A kernel .config (plain or gzip). ConfigError naming the file and
    line when it cannot be read or is not a kernel config."""
    try:
        text = _read_text(path)
    except (OSError, EOFError, zlib.error, UnicodeDecodeError) as e:
        raise ConfigError(f"cannot read {path}: {e}") from None
    values, arch = {}, ""
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        m = SET_RE.match(line)
        if m:
            values[m.group(1)] = m.group(2).strip()
            continue
        u = UNSET_RE.match(line)
        if u:
            values[u.group(1)] = "n"
            continue
        if line.startswith("#"):
            a = ARCH_RE.match(line)
            if a and not arch:
                arch = a.group(1)
            continue
        raise ConfigError(f"{path}:{n}: not a kernel config line: {line[:80]!r}")
    if not values:
        raise ConfigError(f"{path} sets no CONFIG_ option: not a kernel config")
    return DotConfig(path, values, arch)


def kconfig_symbols(tree):
    """{symbol: [files that define it, relative to tree]} from the tree's
    Kconfig files (config FOO / menuconfig FOO); {} if the tree has none."""
    out = {}
    for root, dirs, files in os.walk(tree):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in files:
            if not f.startswith("Kconfig"):
                continue
            p = os.path.join(root, f)
            try:
                with open(p, encoding="utf-8", errors="replace") as fh:
                    for line in fh:
                        m = SYMBOL_RE.match(line)
                        if m:
                            out.setdefault(m.group(1), []).append(os.path.relpath(p, tree))
            except OSError:
                continue
    return out


def source_tree(tree):
    """Where a build tree's Kconfig files are: the tree, or for an O= build
    directory the sources its "source" link points to; None if neither."""
    for d in (tree, os.path.join(tree, "source")):
        if os.path.isfile(os.path.join(d, "Kconfig")):
            return os.path.realpath(d)
    return None


def _foreign_arch(files, arch):
    """True when every file defining a symbol is under arch/<other>/."""
    if not arch:
        return False
    dirs = {f.split(os.sep)[1] if f.startswith("arch" + os.sep) and f.count(os.sep) >= 2 else None
            for f in files}
    return None not in dirs and arch not in dirs


def validate(frag, symbols, arch=""):
    """(entries that apply to this tree, problems): an entry whose symbol no
    Kconfig file defines is a problem; one only another arch defines is
    skipped."""
    keep, problems = [], []
    for e in frag.entries:
        sym = e.name[len("CONFIG_"):]
        if sym not in symbols:
            problems.append(f"{frag.path}:{e.line}: {e.name} is not a Kconfig symbol of this tree "
                            f"(no 'config {sym}' in its Kconfig files)")
        elif not _foreign_arch(symbols[sym], arch):
            keep.append(e)
    return keep, problems


def _is_number(v):
    return re.fullmatch(r"-?\d+|0x[0-9a-fA-F]+", v) is not None


def lacks(entry, values):
    """Why the config does not give entry what the fragment wants, or None."""
    have = values.get(entry.name)
    want = entry.value
    if want == "n":
        return None if have in (None, "n") else f"={have}, the suite wants it off"
    if have is None or have == "n":
        return "not set"
    if want == "y":
        return None if have == "y" else (
            "=m: a module, and the guest loads none" if have == "m" else f"={have}")
    if want == "m":
        return None if have in ("y", "m") else f"={have}"
    if _is_number(want) and _is_number(have):
        return None if int(have, 0) >= int(want, 0) else f"={have}, at least {want} wanted"
    return None if have.strip('"') == want.strip('"') else f"={have}, {want} wanted"


def compare(entries, dotconfig):
    """{NEEDED: [(name, why)], OPTIONAL: [...]} of what the config lacks."""
    out = {NEEDED: [], OPTIONAL: []}
    for e in entries:
        why = lacks(e, dotconfig.values)
        if why:
            out[e.part].append((e.name, why))
    return out


def check_tree(tree, fragment=FRAGMENT, dotconfig=None, symbols=None):
    """The fragment against a tree's .config, as a record for results.json:
    {"status": ok|lacking|unknown, "fragment", "config", "needed": [...],
     "optional": [...], "problems": [...], "error"}. Never raises."""
    dotconfig = dotconfig or os.path.join(tree, ".config")
    rec = {"status": "unknown", "fragment": os.path.relpath(fragment, TOP)
           if fragment.startswith(TOP + os.sep) else fragment,
           "config": dotconfig, "needed": [], "optional": [], "problems": [], "notes": [],
           "error": None}
    try:
        frag = parse_fragment(fragment)
    except ConfigError as e:
        rec["error"] = str(e)
        return rec
    rec["problems"] = list(frag.problems)
    try:
        dc = parse_dotconfig(dotconfig)
    except ConfigError as e:
        rec["error"] = str(e)
        return rec
    if symbols is None:
        src = source_tree(tree)
        symbols = kconfig_symbols(src) if src else None
    if symbols:
        entries, problems = validate(frag, symbols, dc.arch)
        rec["problems"] += problems
    else:
        entries = frag.entries
        rec["notes"].append(f"{tree} has no Kconfig files: the fragment's option names were not checked")
    missing = compare(entries, dc)
    rec["needed"] = [{"option": n, "why": w} for n, w in missing[NEEDED]]
    rec["optional"] = [{"option": n, "why": w} for n, w in missing[OPTIONAL]]
    rec["status"] = "lacking" if rec["needed"] or rec["optional"] else "ok"
    return rec


def report_lines(rec):
    """What vm-check prints about a check record, one message a line."""
    lines = list(rec["problems"]) + list(rec.get("notes", []))
    if rec["status"] == "unknown":
        lines.append(f"the kernel config check is unknown: {rec['error']}")
        return lines
    if rec["status"] == "ok":
        lines.append(f"{rec['config']} has every option of {rec['fragment']}")
        return lines
    lines.append(f"{rec['config']} lacks options of {rec['fragment']}:")
    for part in (NEEDED, OPTIONAL):
        for m in rec[part]:
            lines.append(f"  {PART_TITLES[part]}: {m['option']} ({m['why']})")
    return lines


def tree_of(path):
    """The kernel build tree a spec path names: the directory itself, or the
    tree holding an image at arch/<arch>/boot/<image> or a UML ./linux; None
    when the path is a lone image."""
    path = os.path.abspath(path)
    if os.path.isdir(path):
        return path
    cands = [os.path.dirname(path)]
    parts = path.split(os.sep)
    if len(parts) >= 4 and parts[-4] == "arch" and parts[-2] == "boot":
        cands.insert(0, os.sep.join(parts[:-4]))
    for c in cands:
        if os.path.isfile(os.path.join(c, ".config")) and os.path.isfile(os.path.join(c, "Makefile")):
            return c
    return None


def main(argv=None):
    import argparse
    p = argparse.ArgumentParser(prog="kconfig.py", description=__doc__.split("\n\n")[0])
    p.add_argument("tree", help="a kernel build tree (its .config and Kconfig files)")
    p.add_argument("--fragment", default=FRAGMENT, help="the config fragment (default: config)")
    p.add_argument("--config", default=None, help="the .config to check (default: TREE/.config)")
    a = p.parse_args(argv)
    rec = check_tree(os.path.abspath(a.tree), os.path.abspath(a.fragment), a.config)
    for line in report_lines(rec):
        print(line)
    # Exit 1 on a fragment that is wrong for this tree; what the tree lacks
    # is the report, not an error.
    return 1 if rec["problems"] or rec["status"] == "unknown" else 0


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    sys.exit(main())
