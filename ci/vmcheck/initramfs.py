# SPDX-License-Identifier: GPL-2.0
"""The guest's initramfs: busybox, the init script, the runner and the cases
(static programs), written as a newc cpio archive by this module, so that
every file is root's and device nodes need no privilege. The part that
changes per run (/ptc/conf) is a second small archive appended to the first:
the kernel unpacks concatenated archives in order."""
import gzip
import hashlib
import os
import shlex
import shutil
import stat
import subprocess
import tempfile

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


def _inputs(build):
    """(archive path, source path) of the runner and every case program."""
    out = [("ptc/bin/ptc-run", os.path.join(build, "bin", "ptc-run"))]
    cases = os.path.join(build, "cases")
    for root, dirs, files in os.walk(cases):
        dirs.sort()
        for f in sorted(files):
            p = os.path.join(root, f)
            if os.access(p, os.X_OK):
                out.append(("ptc/cases/" + os.path.relpath(p, cases), p))
    return out


def build_base(build, busybox, out_dir, strip_tool=None, log=print):
    """The cached base archive (gzip) for this build: rebuilt only when a
    program, busybox or the init script changed. Kernel modules go in the
    per-run part (assemble)."""
    progs = _inputs(build)
    if not os.path.exists(progs[0][1]):
        raise FileNotFoundError(f"{progs[0][1]} is missing: build with make STATIC=1")
    if len(progs) < 2:
        raise FileNotFoundError(f"no case programs under {build}/cases: build with make STATIC=1")
    files = progs + [("bin/busybox", busybox), ("init", INIT)]
    h = hashlib.sha256()
    for arc, src in files:
        st = os.stat(src)
        h.update(f"{arc}\0{src}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    h.update((strip_tool or "").encode())
    key = h.hexdigest()[:16]
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, f"base-{key}.cpio.gz")
    if os.path.exists(path) and os.path.exists(path + ".size"):
        return path
    # Keep the newest few (another vm-check may still be using one).
    olds = sorted((os.path.join(out_dir, f) for f in os.listdir(out_dir)
                   if f.startswith("base-") and f.endswith(".cpio.gz")), key=os.path.getmtime)
    for old in olds[:-2]:
        for f in (old, old + ".size"):
            try:
                os.unlink(f)
            except FileNotFoundError:
                pass
    log(f"vm-check: building the initramfs ({len(progs) - 1} case programs)")
    tmp = path + f".tmp{os.getpid()}"
    with open(tmp, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=6, mtime=0) as gz:
        c = Cpio(gz)
        for d in ("dev", "proc", "sys", "tmp", "root", "etc", "bin"):
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
        unpacked = 0
        for arc, src in progs:
            data = _stripped(src, strip_tool)
            unpacked += len(data)
            c.file(arc, data, 0o755)
        c.close()
    with open(path + ".size", "w") as f:
        f.write(f"{unpacked + os.path.getsize(busybox)}\n")
    os.replace(tmp, path)
    return path


def memory_needed_mb(base):
    """Guest memory for this initramfs: it is unpacked into RAM while its
    compressed image is still there, and the suite needs room besides."""
    try:
        with open(base + ".size") as f:
            unpacked = int(f.read().strip())
    except (OSError, ValueError):
        unpacked = 4 * os.path.getsize(base)
    return (unpacked + os.path.getsize(base)) // (1 << 20) + 640


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
