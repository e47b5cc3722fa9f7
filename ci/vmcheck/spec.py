# SPDX-License-Identifier: GPL-2.0
"""Kernel specs: what `make vm-check KERNEL=<spec>` accepts, parsed without
touching the network or the package lists.

  6.1, 6.12            the newest Debian package of that kernel line
  6.1.176-1            an exact Debian package version
  linux-image-...      a Debian kernel package by name (its newest version)
  PATH                 a kernel image from a build tree: a bzImage (x86_64),
                       an arm64 Image (plain or gzip), or a user-mode Linux
                       binary; a build tree's top directory works too
  uml                  Debian's user-mode-linux package
  uml:PATH             a user-mode Linux binary (ARCH=um build: ./linux)
"""
import gzip
import os
import re
import struct
import subprocess
from dataclasses import dataclass

from .arches import ARCHES

# What users type for ARCH; "um" means the host's.
ARCH_NAMES = {"x86_64": "x86_64", "amd64": "x86_64", "x86": "x86_64", "x86-64": "x86_64",
              "um": None, "arm64": "arm64", "aarch64": "arm64"}
DEBIAN_ARCH = {a.name: a.debian for a in ARCHES.values()}

USAGE = ("a kernel spec is a Debian kernel line (6.1, 6.12; 6.12-rt and 6.12-cloud for its "
         "PREEMPT_RT and cloud flavours), an exact Debian package "
         "version (6.1.176-1), a linux-image package name, a path to a kernel image "
         "(arch/x86/boot/bzImage, arch/arm64/boot/Image, a UML ./linux) or its build "
         "tree, uml (Debian's user-mode-linux), or uml:PATH")


class SpecError(Exception):
    """A spec that names no kernel; the message says why and what works."""


@dataclass(frozen=True)
class Spec:
    text: str          # as given
    kind: str          # line, version, package, path, uml, uml-path
    value: str         # the line, version, package name or path
    arch: str          # x86_64 or arm64 (the guest's)
    flavour: str = ""  # a line's rt or cloud flavour; "" the plain one

    @property
    def how(self):
        return "uml" if self.kind in ("uml", "uml-path") else "qemu"


def host_arch():
    return normalize_arch(os.uname().machine)


def normalize_arch(arch):
    """x86_64 or arm64 from what users type (ARCH=x86, aarch64, um ...)."""
    if not arch:
        return host_arch()
    key = arch.strip().lower()
    if key not in ARCH_NAMES:
        raise SpecError(f"unknown ARCH '{arch}': use {' or '.join(ARCHES)}")
    return ARCH_NAMES[key] or normalize_arch(os.uname().machine)


LINE_RE = re.compile(r"^(\d+\.\d+)(?:-(rt|cloud))?$")
VERSION_RE = re.compile(r"^\d+\.\d+(\.\d+)?[0-9A-Za-z.+~]*-[0-9A-Za-z.+~]+$")
PACKAGE_RE = re.compile(r"^linux-image-[0-9A-Za-z.+~-]+$")


def parse(text, arch=None):
    """One spec string -> Spec. Raises SpecError with a clear message."""
    arch = normalize_arch(arch)
    t = text.strip()
    if not t:
        raise SpecError(f"empty kernel spec: {USAGE}")
    if t == "uml":
        if arch != host_arch():
            raise SpecError(f"uml runs on the host's arch ({host_arch()}), not ARCH={arch}")
        return Spec(text, "uml", "uml", arch)
    if t.startswith("uml:"):
        path = os.path.abspath(os.path.expanduser(t[4:]))
        if not t[4:]:
            raise SpecError("uml: needs a path, e.g. uml:./linux")
        return Spec(text, "uml-path", path, host_arch())
    line = LINE_RE.match(t)
    if line:
        return Spec(text, "line", line.group(1), arch, line.group(2) or "")
    if PACKAGE_RE.match(t):
        return Spec(text, "package", t, arch)
    if VERSION_RE.match(t):
        return Spec(text, "version", t, arch)
    if "/" in t or t.startswith(("~", ".")) or os.path.exists(t):
        return Spec(text, "path", os.path.abspath(os.path.expanduser(t)), arch)
    raise SpecError(f"cannot tell which kernel '{text}' names: {USAGE}")


def parse_many(texts, arch=None):
    """Several specs (KERNELS="6.1 6.12 uml"), each parsed; duplicates kept once."""
    out = []
    for word in texts:
        for t in word.split():
            s = parse(t, arch)
            if s not in out:
                out.append(s)
    if not out:
        raise SpecError(f"no kernel given: make vm-check KERNEL=<spec> or KERNELS=\"<spec> ...\"; {USAGE}")
    return out


# ---- kernel images from build trees -------------------------------------------------

@dataclass(frozen=True)
class Image:
    path: str
    kind: str        # bzimage, arm64-image, uml
    arch: str
    release: str     # the kernel release ("6.15.0-rc1+"), or "" if unknown
    build: str = ""  # what follows it in the version string: "(user@host) #3 SMP ... 2026"


def _read(path, n, off=0):
    with open(path, "rb") as f:
        f.seek(off)
        return f.read(n)


def _linux_version(data):
    """(release, build) from a "Linux version <release> <build>" banner."""
    m = re.search(rb"Linux version (\S+) ?([^\0\n]*)", data)
    return (m.group(1).decode(errors="replace"), m.group(2).decode(errors="replace").strip()) if m else ("", "")


def build_number(build):
    """The build's "#N" (the kernel's .version, counting rebuilds of a tree), or ""."""
    m = re.search(r"#(\d+)", build)
    return m.group(1) if m else ""


def inspect_image(path):
    """What kind of kernel image path is, or SpecError saying why it is none."""
    if not os.path.exists(path):
        raise SpecError(f"kernel image '{path}' does not exist")
    if os.path.isdir(path):
        for rel in [i for a in ARCHES.values() for i in a.tree_images] + ["linux", "vmlinux"]:
            p = os.path.join(path, rel)
            if os.path.isfile(p):
                try:
                    return inspect_image(p)
                except SpecError:
                    continue
        raise SpecError(f"'{path}' is a directory without a built kernel image "
                        "(arch/x86/boot/bzImage, arch/arm64/boot/Image or a UML ./linux)")
    head = _read(path, 1024)
    if len(head) >= 0x210 and head[0x202:0x206] == b"HdrS":
        off = struct.unpack_from("<H", head, 0x20E)[0] + 0x200
        text = _read(path, 256, off).split(b"\0")[0].decode(errors="replace")
        release, _, build = text.partition(" ")
        return Image(path, "bzimage", "x86_64", release, build.strip())
    data = head
    if head[:2] == b"\x1f\x8b":
        try:
            with gzip.open(path) as f:
                data = f.read(64 << 20)
        except (OSError, EOFError) as e:
            raise SpecError(f"'{path}' is a damaged gzip file: {e}") from None
    if len(data) >= 0x40 and data[0x38:0x3C] == b"ARM\x64":
        if data is head:
            data = _read(path, 64 << 20)
        return Image(path, "arm64-image", "arm64", *_linux_version(data))
    if head[:4] == b"\x7fELF":
        if not os.access(path, os.X_OK):
            raise SpecError(f"'{path}' is an ELF file but not executable (a UML kernel must be)")
        if not _is_uml(path):
            raise SpecError(f"'{path}' is an ELF file but not a user-mode Linux kernel "
                            "(a vmlinux cannot boot in QEMU here: give arch/x86/boot/bzImage)")
        release = ""
        try:
            release = subprocess.run([path, "--version"], capture_output=True, text=True,
                                     timeout=20, stdin=subprocess.DEVNULL).stdout.strip()
        except (OSError, subprocess.TimeoutExpired):
            pass
        return Image(path, "uml", host_arch(), release.split()[0] if release else "")
    raise SpecError(f"'{path}' is not a kernel image this runner boots "
                    "(a bzImage, an arm64 Image, or a user-mode Linux binary)")


UML_MARKS = (b"make_uml_dir", b"user-mode-linux.sourceforge", b"Kernel virtual memory size shrunk")


def _is_uml(path):
    with open(path, "rb") as f:
        data = f.read(64 << 20)
    return any(m in data for m in UML_MARKS)


def sanitize(label):
    return re.sub(r"[^A-Za-z0-9._-]+", "-", label).strip("-") or "vm"
