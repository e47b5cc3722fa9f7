# SPDX-License-Identifier: GPL-2.0
"""The guest's initramfs: busybox, the init script, the runner and the cases
(static programs), written as a newc cpio archive by this module, so that
every file is root's and device nodes need no privilege. The part that
changes per run (/ptc/conf) is a second small archive appended to the first:
the kernel unpacks concatenated archives in order."""
import concurrent.futures
import gzip
import hashlib
import os
import shlex
import shutil
import stat
import struct
import subprocess
import tempfile
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
INIT = os.path.join(HERE, "init.sh")


class Cpio:
    """A newc archive writer (the format the kernel's initramfs unpacker reads)."""

    def __init__(self, f):
        self.f = f
        self.ino = 1
        self.dirs = set()

    def _entry(self, name, mode, data=b"", rdev=(0, 0), nlink=1):
        name_b = name.encode() + b"\0"
        hdr = "070701" + "".join(f"{v:08x}" for v in (
            self.ino, mode, 0, 0, nlink, 0, len(data), 0, 0, rdev[0], rdev[1], len(name_b), 0))
        self.ino += 1
        self.f.write(hdr.encode() + name_b)
        self.f.write(b"\0" * ((4 - (110 + len(name_b)) % 4) % 4))
        self.f.write(data)
        self.f.write(b"\0" * ((4 - len(data) % 4) % 4))

    def dir(self, name):
        name = name.strip("/")
        if not name or name in self.dirs:
            return
        self.dir(os.path.dirname(name))
        self.dirs.add(name)
        self._entry(name, stat.S_IFDIR | 0o755, nlink=2)

    def file(self, name, data, mode=0o644):
        name = name.strip("/")
        self.dir(os.path.dirname(name))
        self._entry(name, stat.S_IFREG | mode, data)

    def symlink(self, name, target):
        name = name.strip("/")
        self.dir(os.path.dirname(name))
        self._entry(name, stat.S_IFLNK | 0o777, target.encode())

    def chardev(self, name, major, minor, mode=0o600):
        name = name.strip("/")
        self.dir(os.path.dirname(name))
        self._entry(name, stat.S_IFCHR | mode, rdev=(major, minor))

    def close(self):
        self._entry("TRAILER!!!", 0)


def _stripped(path, strip_tool):
    """The program's bytes without symbols and debug info (smaller initramfs);
    as is when no strip tool works for it."""
    if strip_tool:
        with tempfile.NamedTemporaryFile(delete=False) as t:
            tmp = t.name
        try:
            r = subprocess.run([strip_tool, "-o", tmp, path], capture_output=True)
            if r.returncode == 0:
                with open(tmp, "rb") as f:
                    return f.read()
        except OSError:
            pass
        finally:
            os.unlink(tmp)
    with open(path, "rb") as f:
        return f.read()


def _runner(build):
    """The runner of a build: its bin/, or for the host's own (dynamic)
    build the top-level bin/ of the output directory (the Makefile's layout)."""
    own = os.path.join(build, "bin", "ptc-run")
    top = os.path.join(build, os.pardir, os.pardir, "bin", "ptc-run")
    return own if os.path.exists(own) or not os.path.exists(top) else os.path.normpath(top)


def _inputs(build):
    """(archive path, source path) of the runner and every case program."""
    out = [("ptc/bin/ptc-run", _runner(build))]
    cases = os.path.join(build, "cases")
    for root, dirs, files in os.walk(cases):
        dirs.sort()
        for f in sorted(files):
            p = os.path.join(root, f)
            if os.access(p, os.X_OK):
                out.append(("ptc/cases/" + os.path.relpath(p, cases), p))
    return out


# ---- the C library of dynamically linked programs ------------------------------------

PT_INTERP = 3
# ELF e_machine -> Debian's multiarch directory name.
MULTIARCH = {62: "x86_64-linux-gnu", 3: "i386-linux-gnu", 183: "aarch64-linux-gnu"}


def elf_interpreter(path):
    """(e_machine, the program interpreter's path or None for a static
    program) of a little-endian ELF file; (None, None) for anything else."""
    with open(path, "rb") as f:
        head = f.read(64)
        if head[:4] != b"\x7fELF" or head[5] != 1:
            return None, None       # a script, or a big-endian program: nothing to load
        wide = head[4] == 2
        machine = struct.unpack_from("<H", head, 18)[0]
        if wide:
            phoff, = struct.unpack_from("<Q", head, 32)
            phentsize, phnum = struct.unpack_from("<HH", head, 54)
        else:
            phoff, = struct.unpack_from("<I", head, 28)
            phentsize, phnum = struct.unpack_from("<HH", head, 42)
        f.seek(phoff)
        table = f.read(phentsize * phnum)
        for i in range(phnum):
            ph = table[i * phentsize:(i + 1) * phentsize]
            if struct.unpack_from("<I", ph, 0)[0] != PT_INTERP:
                continue
            if wide:
                off, size = struct.unpack_from("<Q", ph, 8)[0], struct.unpack_from("<Q", ph, 32)[0]
            else:
                off, size = struct.unpack_from("<I", ph, 4)[0], struct.unpack_from("<I", ph, 16)[0]
            f.seek(off)
            return machine, f.read(size).rstrip(b"\0").decode()
    return machine, None


def runtime_libs(runner):
    """(guest path, host path) of the program interpreter and C library a
    dynamically linked build needs, from Debian's (multiarch or cross)
    library directories; nothing for a static build. The cases link against
    the C library only (the harness library is linked into each)."""
    machine, interp = elf_interpreter(runner)
    if interp is None:
        return []
    arch = MULTIARCH.get(machine)
    if arch is None:
        raise FileNotFoundError(f"{runner}: ELF machine {machine} has no known C library location")
    dirs = [f"/lib/{arch}", f"/usr/lib/{arch}", f"/usr/{arch}/lib"]
    out = []
    for guest, name in ((interp, os.path.basename(interp)), (f"/lib/{arch}/libc.so.6", "libc.so.6")):
        host = next((os.path.join(d, name) for d in dirs if os.path.exists(os.path.join(d, name))), None)
        if host is None:
            raise FileNotFoundError(f"{name} for {arch} is not in {', '.join(dirs)} "
                                    f"(the C library {runner} is linked against)")
        out.append((guest.lstrip("/"), os.path.realpath(host)))
    return out


# ---- the archive: cached parts, concatenated -------------------------------------------

def _stat_key(*items):
    h = hashlib.sha256()
    for arc, src, extra in items:
        st = os.stat(src)
        h.update(f"{arc}\0{src}\0{st.st_size}\0{st.st_mtime_ns}\0{extra}\0".encode())
    return h.hexdigest()[:20]


def _gzip_cpio(path, fill):
    """Write a gzip'd newc archive to path (atomically): fill(Cpio) adds the entries."""
    tmp = path + f".tmp{os.getpid()}-{threading.get_ident()}"
    with open(tmp, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=6, mtime=0) as gz:
        c = Cpio(gz)
        fill(c)
        c.close()
    os.replace(tmp, path)


def _program_part(arc, src, strip_tool, parts):
    """The cached one-file archive of one program (stripped when strip_tool
    is given): (its path, the program's unpacked size)."""
    key = _stat_key((arc, src, strip_tool or ""))
    path = os.path.join(parts, f"{key}.cpio.gz")
    if os.path.exists(path) and os.path.exists(path + ".size"):
        with open(path + ".size") as f:
            return path, int(f.read())
    data = _stripped(src, strip_tool)
    _gzip_cpio(path + ".new", lambda c: c.file(arc, data, 0o755))
    with open(path + ".size", "w") as f:
        f.write(f"{len(data)}\n")
    os.replace(path + ".new", path)
    return path, len(data)


def _skeleton(busybox, dirs, libs, parts):
    """The cached archive of everything but the programs: the directories,
    device nodes, busybox, init and the C library (if any)."""
    key = _stat_key(("bin/busybox", busybox, ""), ("init", INIT, " ".join(sorted(dirs))),
                    *((g, h, "") for g, h in libs))
    path = os.path.join(parts, f"skeleton-{key}.cpio.gz")
    if os.path.exists(path):
        return path

    def fill(c):
        for d in ("dev", "proc", "sys", "tmp", "root", "etc", "bin") + tuple(sorted(dirs)):
            c.dir(d)
        c.chardev("dev/console", 5, 1)
        c.chardev("dev/null", 1, 3, 0o666)
        c.file("etc/passwd", b"root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n")
        c.file("etc/group", b"root:x:0:\nnogroup:x:65534:\n")
        with open(busybox, "rb") as f:
            c.file("bin/busybox", f.read(), 0o755)
        c.symlink("bin/sh", "busybox")
        with open(INIT, "rb") as f:
            c.file("init", f.read(), 0o755)
        for guest, host in libs:
            with open(host, "rb") as f:
                c.file(guest, f.read(), 0o755)
    _gzip_cpio(path, fill)
    return path


def build_base(build, busybox, out_dir, strip_tool=None, log=print):
    """The base archive (gzip) for this build: a skeleton (busybox, init, the
    C library a dynamic build needs) followed by one small archive per
    program (the kernel unpacks concatenated archives in order). Each part is
    cached by its input, so after a change only the changed programs are
    stripped and compressed again; the base is their concatenation. Kernel
    modules go in the per-run part (assemble)."""
    progs = _inputs(build)
    if not os.path.exists(progs[0][1]):
        raise FileNotFoundError(f"{progs[0][1]} is missing: build the suite first (make vm-check does)")
    if len(progs) < 2:
        raise FileNotFoundError(f"no case programs under {build}/cases: build the suite first")
    libs = runtime_libs(progs[0][1])
    parts = os.path.join(out_dir, "parts")
    os.makedirs(parts, exist_ok=True)
    dirs = {os.path.dirname(arc) for arc, _ in progs} | {os.path.dirname(g) for g, _ in libs}
    skeleton = _skeleton(busybox, dirs, libs, parts)
    key = _stat_key(*((arc, src, strip_tool or "") for arc, src in progs), ("skeleton", skeleton, ""))
    path = os.path.join(out_dir, f"base-{key}.cpio.gz")
    if os.path.exists(path) and os.path.exists(path + ".size"):
        return path
    log(f"vm-check: building the initramfs ({len(progs) - 1} case programs, "
        f"{'linked against ' + os.path.basename(libs[-1][1]) if libs else 'static'})")
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 1) as pool:
        built = list(pool.map(lambda p: _program_part(p[0], p[1], strip_tool, parts), progs))
    unpacked = sum(size for _, size in built) + os.path.getsize(busybox) + \
        sum(os.path.getsize(h) for _, h in libs)
    tmp = path + f".tmp{os.getpid()}"
    with open(tmp, "wb") as out:
        for part in [skeleton] + [p for p, _ in built]:
            with open(part, "rb") as f:
                shutil.copyfileobj(f, out)
    with open(path + ".parts", "w") as f:
        f.write("".join(os.path.basename(p) + "\n" for p in [skeleton] + [p for p, _ in built]))
    with open(path + ".size", "w") as f:
        f.write(f"{unpacked}\n")
    os.replace(tmp, path)
    _prune(out_dir, parts)
    return path


KEEP_BASES = 3      # e.g. the static, dynamic and i386 builds of one arch


def _prune(out_dir, parts):
    """Keep the newest few base archives (another vm-check may still be
    using one) and the parts they are made of."""
    bases = sorted((os.path.join(out_dir, f) for f in os.listdir(out_dir)
                    if f.startswith("base-") and f.endswith(".cpio.gz")), key=os.path.getmtime)
    for old in bases[:-KEEP_BASES]:
        for f in (old, old + ".size", old + ".parts"):
            try:
                os.unlink(f)
            except FileNotFoundError:
                pass
    used = set()
    for base in bases[-KEEP_BASES:]:
        try:
            with open(base + ".parts") as f:
                used.update(f.read().split())
        except FileNotFoundError:
            return          # a base of an older layout: keep everything
    for f in os.listdir(parts):
        if f.split(".cpio.gz")[0] + ".cpio.gz" not in used and ".tmp" not in f and not f.endswith(".new"):
            try:
                os.unlink(os.path.join(parts, f))
            except FileNotFoundError:
                pass


# Room for the suite beside the unpacked initramfs, and the least a guest gets.
SUITE_ROOM_MB = 192
MIN_MEMORY_MB = 256


def memory_needed_mb(base):
    """Guest memory for this initramfs: it is unpacked into the root tmpfs
    (at most half the memory) while its compressed image is still there, and
    the suite needs room besides."""
    try:
        with open(base + ".size") as f:
            unpacked = int(f.read().strip())
    except (OSError, ValueError):
        unpacked = 4 * os.path.getsize(base)
    return max(MIN_MEMORY_MB, (unpacked + os.path.getsize(base)) * 2 // (1 << 20) + SUITE_ROOM_MB)


def modules_in(modules_dir):
    """The module files of a kernel's cached modules directory, in load order."""
    if not modules_dir or not os.path.exists(os.path.join(modules_dir, "load-order")):
        return []
    with open(os.path.join(modules_dir, "load-order")) as f:
        return [os.path.join(modules_dir, m) for m in f.read().split()]


def conf_archive(settings, runner_args, modules=(), files=None):
    """The per-run part as a gzip'd cpio archive (bytes): /ptc/conf, the
    kernel modules the results channel needs, and files ({archive path:
    bytes}, such as the kernel's config at /kernel-config)."""
    lines = ["# written by ci/vm-check.py for this run"]
    for k, v in settings.items():
        lines.append(f"{k}={shlex.quote(str(v))}")
    lines.append("set -- " + " ".join(shlex.quote(a) for a in runner_args))
    import io
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:
        c = Cpio(gz)
        c.file("ptc/conf", ("\n".join(lines) + "\n").encode(), 0o644)
        for m in modules:
            with open(m, "rb") as f:
                c.file("lib/modules/" + os.path.basename(m), f.read(), 0o644)
        for name, data in sorted((files or {}).items()):
            c.file(name, data, 0o644)
        c.close()
    return buf.getvalue()


def assemble(base, settings, runner_args, dest, modules=(), files=None):
    """base archive + this run's part -> dest (the initrd the guest boots)."""
    settings = dict(settings)
    settings["modules"] = " ".join(os.path.basename(m) for m in modules)
    with open(dest, "wb") as out, open(base, "rb") as b:
        shutil.copyfileobj(b, out)
        out.write(conf_archive(settings, runner_args, modules, files))
    return dest
