# SPDX-License-Identifier: GPL-2.0
"""From a Spec to a bootable kernel on disk: Debian packages are found with
apt-cache, fetched with apt-get download, unpacked with dpkg-deb -x and
cached under out/vm/kernels/; paths are checked; uml is Debian's
user-mode-linux."""
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field

from . import kconfig
from . import spec as specmod
from .arches import settings
from .spec import SpecError

UML_PACKAGE_BINARY = "/usr/bin/linux.uml"


@dataclass
class Kernel:
    spec: specmod.Spec
    how: str               # qemu or uml
    arch: str              # x86_64 or arm64
    image: str             # what the emulator boots (bzImage/Image or the UML binary)
    release: str           # kernel release, "" if unknown
    source: str            # debian-package, path, uml-package
    package: str = ""
    version: str = ""
    modules: str = ""      # a lib/modules/<release> directory, if any
    label_base: str = ""   # 6.1, 6.12, 6.1.176-1, a release ...
    notes: list = field(default_factory=list)
    config: str = ""       # the kernel's config file (plain or gzip), "" if unknown
    config_source: str = ""  # debian-package or tree
    tree: str = ""         # the build tree a path spec names, if any
    build: str = ""        # the image's version string after the release ("#3 SMP ... 2026")
    sha256: str = ""       # of the image, for a path spec: rebuilds of one tree differ here
    kept: str = ""         # the copy of the image this run boots, for a path spec

    def label(self):
        base = self.label_base or self.release or "custom"
        if self.source == "path":
            # A tree rebuilt keeps its release: the build number and the
            # image's hash tell the builds apart.
            n = specmod.build_number(self.build)
            base += (f"-b{n}" if n else "") + (f"-{self.sha256[:8]}" if self.sha256 else "")
        if self.how == "uml":
            return specmod.sanitize(f"uml-{base}")
        return specmod.sanitize(f"qemu-{base}-{self.arch}")

    def describe(self):
        d = {"spec": self.spec.text, "source": self.source, "image": self.image,
             "release": self.release, "arch": self.arch}
        if self.package:
            d["package"] = self.package
            d["version"] = self.version
        return d

    def image_record(self):
        """vm.image of results.json: which image the run booted, and its kept copy."""
        return {"sha256": self.sha256, "copy": self.kept, "build": self.build} if self.sha256 else None


# ---- Debian version comparison (deb-version(7)) ---------------------------------------

def _order(c):
    if c == "~":
        return -1
    if c.isdigit():
        return 0
    if c.isalpha():
        return ord(c)
    return ord(c) + 256


def _cmp_part(a, b):
    while a or b:
        na = re.match(r"^[^0-9]*", a).group(0)
        nb = re.match(r"^[^0-9]*", b).group(0)
        for i in range(max(len(na), len(nb))):
            ca = _order(na[i]) if i < len(na) else 0
            cb = _order(nb[i]) if i < len(nb) else 0
            if ca != cb:
                return -1 if ca < cb else 1
        a, b = a[len(na):], b[len(nb):]
        da = re.match(r"^[0-9]*", a).group(0)
        db = re.match(r"^[0-9]*", b).group(0)
        ia, ib = int(da or 0), int(db or 0)
        if ia != ib:
            return -1 if ia < ib else 1
        a, b = a[len(da):], b[len(db):]
    return 0


def compare_versions(a, b):
    """<0, 0, >0 as Debian orders package versions a and b."""
    def split(v):
        epoch, _, rest = v.rpartition(":") if ":" in v else ("0", "", v)
        up, _, rev = rest.rpartition("-") if "-" in rest else (rest, "", "0")
        return int(epoch or 0), up, rev
    ea, ua, ra = split(a)
    eb, ub, rb = split(b)
    if ea != eb:
        return -1 if ea < eb else 1
    return _cmp_part(ua, ub) or _cmp_part(ra, rb)


# ---- finding Debian packages -------------------------------------------------------------

def _run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


# The flavours of one arch's kernel that boot the same way (PREEMPT_RT, cloud):
# a package spec names them exactly; a line or version means the plain flavour.
VARIANT_FLAVOURS = ("rt", "cloud")


def image_package_re(arch):
    flavour = specmod.DEBIAN_ARCH[arch]
    # Real image packages only: linux-image-6.1.0-47-amd64, linux-image-6.12.117+deb12-amd64,
    # their -rt-/-cloud- flavours and -unsigned twins; not the meta packages
    # (linux-image-amd64, linux-image-6.12-amd64), not -dbg.
    return re.compile(r"^linux-image-(\d+\.\d+\.\d+(?:-\d+)?(?:\+deb\d+)?)-(?:(?P<variant>"
                      + "|".join(VARIANT_FLAVOURS) + r")-)?" + flavour + r"(-unsigned)?$")


def variant_flavour(package):
    """'rt' or 'cloud' for such a package, else ''."""
    return next((v for v in VARIANT_FLAVOURS if f"-{v}-" in package), "")


def _qualify(name, arch):
    """apt names a foreign arch's packages name:arch."""
    host = specmod.DEBIAN_ARCH.get(specmod.host_arch())
    deb = specmod.DEBIAN_ARCH[arch]
    return name if deb == host else f"{name}:{deb}"


def available_packages(arch, run=_run):
    """[(package, version)] of every kernel image package apt knows for arch."""
    deb = specmod.DEBIAN_ARCH[arch]
    r = run(["apt-cache", "search", "--names-only", "^linux-image-"])
    if r.returncode != 0:
        raise SpecError(f"apt-cache search failed: {r.stderr.strip()}")
    pat = image_package_re(arch)
    names = sorted({line.split()[0].split(":")[0] for line in r.stdout.splitlines() if line.strip()})
    names = [n for n in names if pat.match(n)]
    if not names:
        hint = ("" if deb == specmod.DEBIAN_ARCH.get(specmod.host_arch()) else
                f" (arm64 packages need: dpkg --add-architecture {deb} && apt-get update)")
        raise SpecError(f"apt knows no linux-image packages for {deb}{hint}")
    r = run(["apt-cache", "madison"] + [_qualify(n, arch) for n in names])
    out = []
    for line in r.stdout.splitlines():
        parts = [p.strip() for p in line.split("|")]
        if len(parts) < 3 or not parts[2].endswith(f"{deb} Packages"):
            continue
        pkg = parts[0].split(":")[0]
        if (pkg, parts[1]) not in out:
            out.append((pkg, parts[1]))
    return out


def _best(cands):
    """The newest version; at equal versions the -unsigned package (the same
    image without the signature wrapper)."""
    best = None
    for pkg, ver in cands:
        if best is None:
            best = (pkg, ver)
            continue
        c = compare_versions(ver, best[1])
        if c > 0 or (c == 0 and pkg.endswith("-unsigned") and not best[0].endswith("-unsigned")):
            best = (pkg, ver)
    return best


def choose_package(spec, packages):
    """(package, version) for a line, version or package spec."""
    if spec.kind != "package":      # a line or version means its flavour, plain by default
        packages = [(p, v) for p, v in packages if variant_flavour(p) == spec.flavour]
    if spec.kind == "line":
        cands = [(p, v) for p, v in packages if v.startswith(spec.value + ".")]
        if not cands:
            lines = sorted({".".join(v.split(".")[:2]) for _, v in packages},
                           key=lambda x: [int(n) for n in x.split(".") if n.isdigit()])
            raise SpecError(f"no Debian kernel package of line {spec.value} for "
                            f"{spec.arch}; apt knows these lines: {', '.join(lines) or 'none'}")
    elif spec.kind == "version":
        cands = [(p, v) for p, v in packages if v == spec.value]
        if not cands:
            near = sorted({v for _, v in packages if v.split(".")[:2] == spec.value.split(".")[:2]},
                          key=lambda v: _Key(v))
            raise SpecError(f"no Debian kernel package has version {spec.value} for {spec.arch}"
                            + (f"; versions of that line: {', '.join(near)}" if near else ""))
    elif spec.kind == "package":
        cands = [(p, v) for p, v in packages if p == spec.value]
        if not cands:
            raise SpecError(f"apt knows no kernel image package {spec.value} for {spec.arch}")
    else:
        raise ValueError(spec.kind)
    return _best(cands)


class _Key:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return compare_versions(self.v, other.v) < 0


def fetch_package(pkg, version, arch, cache, run=_run, log=print):
    """Download and unpack a kernel package once; returns its cache dir with
    vmlinuz, config and (for the channel's drivers) modules."""
    dest = os.path.join(cache, "kernels", arch, f"{pkg}_{version}".replace(":", "_").replace("~", "_"))
    meta = os.path.join(dest, "kernel.json")
    if os.path.exists(meta):
        return dest
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="fetch-", dir=os.path.dirname(dest))
    try:
        log(f"vm-check: downloading {pkg} {version} ({arch})")
        r = run(["apt-get", "download", f"{_qualify(pkg, arch)}={version}"], cwd=tmp)
        debs = [f for f in os.listdir(tmp) if f.endswith(".deb")]
        if r.returncode != 0 or not debs:
            raise SpecError(f"apt-get download {pkg}={version} failed: "
                            f"{(r.stderr or r.stdout).strip()[-400:]} (is the package list "
                            "current? apt-get update)")
        unpacked = os.path.join(tmp, "x")
        r = run(["dpkg-deb", "-x", os.path.join(tmp, debs[0]), unpacked])
        if r.returncode != 0:
            raise SpecError(f"dpkg-deb -x {debs[0]} failed: {r.stderr.strip()}")
        image_dir, prefix = os.path.split(settings(arch).package_image)
        boot = os.path.join(unpacked, image_dir)
        images = sorted(f for f in os.listdir(boot) if f.startswith(prefix)) \
            if os.path.isdir(boot) else []
        if not images:
            raise SpecError(f"{pkg} {version} holds no {settings(arch).package_image}*")
        release = images[0][len(prefix):]
        stage = os.path.join(tmp, "stage")
        os.makedirs(stage)
        shutil.copy2(os.path.join(boot, images[0]), os.path.join(stage, "vmlinuz"))
        cfg = os.path.join(boot, f"config-{release}")
        if os.path.exists(cfg):
            shutil.copy2(cfg, os.path.join(stage, "config"))
        mods = os.path.join(unpacked, "lib", "modules", release)
        if not os.path.isdir(mods):
            mods = os.path.join(unpacked, "usr", "lib", "modules", release)
        wanted = settings(arch).channel_modules
        if os.path.isdir(mods) and wanted:
            keep_modules(mods, os.path.join(stage, "modules"), wanted)
        with open(os.path.join(stage, "kernel.json"), "w") as f:
            json.dump({"package": pkg, "version": version, "release": release, "arch": arch}, f)
        try:
            os.rename(stage, dest)
        except OSError:
            if not os.path.exists(meta):   # not a concurrent fetch of the same package
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return dest


def _module_bytes(path):
    with open(path, "rb") as f:
        data = f.read()
    if path.endswith(".xz"):
        import lzma
        return lzma.decompress(data)
    if path.endswith(".gz"):
        import gzip
        return gzip.decompress(data)
    if path.endswith(".ko"):
        return data
    return None         # zstd: not in the standard library


def keep_modules(src, dest, wanted):
    """Copy the wanted modules and those they depend on (the "depends=" of
    their .modinfo: packages ship no modules.dep) from a lib/modules/<release>
    tree to dest, uncompressed, with a file "load-order" listing them,
    dependencies first. Modules the kernel has built in are simply absent."""
    index = {}
    for root, _, files in os.walk(src):
        for f in files:
            if ".ko" in f:
                index[f.split(".ko")[0].replace("-", "_")] = os.path.join(root, f)
    order, data = [], {}

    def add(name):
        if name in order or name not in index:
            return
        raw = _module_bytes(index[name])
        if raw is None:
            return
        m = re.search(rb"(?:^|\0)depends=([^\0]*)", raw)
        for dep in (m.group(1).decode().split(",") if m and m.group(1) else []):
            add(dep.replace("-", "_"))
        data[name] = raw
        order.append(name)
    for w in wanted:
        add(w)
    if not order:
        return
    os.makedirs(dest, exist_ok=True)
    for name in order:
        with open(os.path.join(dest, name + ".ko"), "wb") as f:
            f.write(data[name])
    with open(os.path.join(dest, "load-order"), "w") as f:
        f.write("\n".join(n + ".ko" for n in order) + "\n")


def file_sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def keep_image(kern, cache):
    """A copy of a path kernel's image in a store addressed by its content
    (cache/images/<hash>/<name>), so that a run's reproduce line boots what
    the run booted, whatever the tree holds later. The copy's path."""
    dest = os.path.join(cache, "images", kern.sha256[:16], os.path.basename(kern.image))
    if not os.path.exists(dest):
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        shutil.copy2(kern.image, dest + ".tmp")
        os.replace(dest + ".tmp", dest)
    kern.kept = dest
    return dest


def resolve(spec, cache, run=_run, log=print):
    """Spec -> Kernel, downloading what is needed. SpecError when impossible."""
    if spec.kind == "uml":
        if not os.access(UML_PACKAGE_BINARY, os.X_OK):
            raise SpecError(f"uml needs Debian's user-mode-linux package ({UML_PACKAGE_BINARY} "
                            "is missing): apt-get install user-mode-linux")
        img = specmod.inspect_image(UML_PACKAGE_BINARY)
        version = ""
        r = run(["dpkg-query", "-W", "-f", "${Version}", "user-mode-linux"])
        if r.returncode == 0:
            version = r.stdout.strip()
        line = ".".join(img.release.split(".")[:2])
        return Kernel(spec, "uml", img.arch, img.path, img.release, "uml-package",
                      package="user-mode-linux" if version else "", version=version,
                      label_base=line)
    if spec.kind in ("path", "uml-path"):
        img = specmod.inspect_image(spec.value)
        if spec.kind == "uml-path" and img.kind != "uml":
            raise SpecError(f"'{spec.value}' is not a user-mode Linux binary")
        # A build tree (or an image inside one) has its .config; a lone
        # image has no config we know of.
        tree = kconfig.tree_of(spec.value) or ""
        cfg = dict(tree=tree, config=os.path.join(tree, ".config") if tree else "",
                   config_source="tree" if tree else "", build=img.build, sha256=file_sha256(img.path))
        if img.kind == "uml":
            return Kernel(spec, "uml", img.arch, img.path, img.release, "path",
                          label_base=img.release, **cfg)
        if img.arch != spec.arch:
            raise SpecError(f"'{spec.value}' is an {img.arch} kernel image but ARCH is "
                            f"{spec.arch} (set ARCH={img.arch})")
        return Kernel(spec, "qemu", img.arch, img.path, img.release, "path",
                      label_base=img.release, **cfg)
    pkg, version = choose_package(spec, available_packages(spec.arch, run))
    d = fetch_package(pkg, version, spec.arch, cache, run=run, log=log)
    with open(os.path.join(d, "kernel.json")) as f:
        info = json.load(f)
    base = spec.value if spec.kind == "line" else version
    if variant_flavour(pkg):     # an RT run must not take the plain run's label
        base += "-" + variant_flavour(pkg)
    config = os.path.join(d, "config")       # the package's boot/config-<release>
    has_config = os.path.isfile(config)
    return Kernel(spec, "qemu", spec.arch, os.path.join(d, "vmlinuz"), info["release"],
                  "debian-package", package=pkg, version=version,
                  modules=os.path.join(d, "modules") if os.path.isdir(os.path.join(d, "modules")) else "",
                  label_base=base, config=config if has_config else "",
                  config_source="debian-package" if has_config else "")
