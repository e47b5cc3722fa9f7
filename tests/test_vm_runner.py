# SPDX-License-Identifier: GPL-2.0
"""The VM runner without booting a kernel: spec parsing, package choice,
kernel images, the initramfs, the kernel-log scanner, and the watch loop
against a fake emulator that panics, hangs, or writes garbage."""
import gzip
import io
import json
import os
import shutil
import stat
import time

import pytest

from vmreport_helpers import FAKE_EMULATOR, PYTHON, fake_build, fake_bzimage, run_vm_check
from vmcheck import guest, initramfs, kernels, results
from vmcheck import spec as specmod
from vmcheck.spec import SpecError
import ptcresults

HOST = specmod.host_arch()


# ---- spec parsing ----------------------------------------------------------------------------

@pytest.mark.parametrize("text,kind,value", [
    ("6.1", "line", "6.1"),
    ("6.12", "line", "6.12"),
    ("6.1.176-1", "version", "6.1.176-1"),
    ("6.12.117-1~deb12u1", "version", "6.12.117-1~deb12u1"),
    ("linux-image-6.1.0-47-amd64", "package", "linux-image-6.1.0-47-amd64"),
    ("uml", "uml", "uml"),
])
def test_spec_kinds(text, kind, value):
    s = specmod.parse(text)
    assert (s.kind, s.value) == (kind, value)
    assert s.how == ("uml" if kind == "uml" else "qemu")


def test_spec_paths_are_absolute(tmp_path):
    os.chdir(tmp_path)
    s = specmod.parse("./arch/x86/boot/bzImage")
    assert s.kind == "path" and s.value == str(tmp_path / "arch/x86/boot/bzImage")
    u = specmod.parse("uml:./linux")
    assert u.kind == "uml-path" and u.value == str(tmp_path / "linux") and u.how == "uml"


@pytest.mark.parametrize("bad", ["foo", "6", "latest", "uml:", ""])
def test_spec_garbage_is_a_clear_error(bad):
    with pytest.raises(SpecError) as e:
        specmod.parse(bad)
    assert "spec" in str(e.value) or "path" in str(e.value)


def test_arch_names():
    assert specmod.normalize_arch("aarch64") == "arm64"
    assert specmod.normalize_arch("x86") == "x86_64"
    assert specmod.normalize_arch("um") == HOST
    with pytest.raises(SpecError, match="unknown ARCH 'mips'"):
        specmod.normalize_arch("mips")
    if HOST != "arm64":
        with pytest.raises(SpecError, match="uml runs on the host's arch"):
            specmod.parse("uml", "arm64")


def test_parse_many_splits_and_dedups():
    specs = specmod.parse_many(["6.1 6.12", "uml", "6.1"])
    assert [s.text for s in specs] == ["6.1", "6.12", "uml"]
    with pytest.raises(SpecError, match="no kernel given"):
        specmod.parse_many(["  "])


# ---- Debian packages ------------------------------------------------------------------------

PACKAGES = [
    ("linux-image-6.1.0-47-amd64", "6.1.170-3"),
    ("linux-image-6.1.0-47-amd64-unsigned", "6.1.170-3"),
    ("linux-image-6.1.0-50-amd64", "6.1.176-1"),
    ("linux-image-6.1.0-57-amd64", "6.1.192-3"),
    ("linux-image-6.1.0-57-amd64-unsigned", "6.1.192-3"),
    ("linux-image-6.12.117+deb12-amd64", "6.12.117-1~deb12u1"),
    ("linux-image-6.12.115+deb12-amd64-unsigned", "6.12.115-1~deb12u1"),
]


def test_line_picks_newest_and_prefers_unsigned():
    assert kernels.choose_package(specmod.parse("6.1"), PACKAGES) == \
        ("linux-image-6.1.0-57-amd64-unsigned", "6.1.192-3")
    assert kernels.choose_package(specmod.parse("6.12"), PACKAGES) == \
        ("linux-image-6.12.117+deb12-amd64", "6.12.117-1~deb12u1")


def test_exact_version_and_unknown_ones():
    assert kernels.choose_package(specmod.parse("6.1.176-1"), PACKAGES)[0] == "linux-image-6.1.0-50-amd64"
    with pytest.raises(SpecError, match=r"no Debian kernel package has version 6\.1\.999-1.*6\.1\.176-1"):
        kernels.choose_package(specmod.parse("6.1.999-1"), PACKAGES)
    with pytest.raises(SpecError, match=r"of line 5\.10 .*apt knows these lines: 6\.1, 6\.12"):
        kernels.choose_package(specmod.parse("5.10"), PACKAGES)


def test_debian_version_order():
    cmp = kernels.compare_versions
    assert cmp("6.12.117-1~deb12u1", "6.12.117-1") < 0
    assert cmp("6.1.192-3", "6.1.192-2") > 0
    assert cmp("6.1.10-1", "6.1.9-1") > 0
    assert cmp("1:5.0-1", "6.1-1") > 0
    assert cmp("6.1-1", "6.1-1") == 0


def test_rt_and_cloud_flavours_only_by_package_name():
    rt = ("linux-image-6.12.118+deb12-rt-amd64", "6.12.118-1")
    packages = PACKAGES + [rt]
    assert kernels.choose_package(specmod.parse("6.12"), packages)[0] == "linux-image-6.12.117+deb12-amd64"
    assert kernels.choose_package(specmod.parse(rt[0]), packages) == rt
    assert kernels.choose_package(specmod.parse("6.12-rt"), packages) == rt
    assert specmod.parse("6.12-rt").value == "6.12"
    with pytest.raises(SpecError, match="no Debian kernel package of line 6.1 "):
        kernels.choose_package(specmod.parse("6.1-rt"), packages)


def test_available_packages_filters_flavours():
    class R:
        def __init__(self, out, rc=0):
            self.stdout, self.returncode, self.stderr = out, rc, ""
    names = ["linux-image-6.1.0-47-amd64 - x", "linux-image-6.1.0-47-cloud-amd64 - x",
             "linux-image-6.1.0-47-rt-amd64-unsigned - x", "linux-image-amd64 - meta",
             "linux-image-6.12-amd64 - meta", "linux-image-6.12.117+deb12-amd64-dbg - dbg",
             "linux-image-6.12.117+deb12-amd64-unsigned - x"]
    madison = ("linux-image-6.1.0-47-amd64 | 6.1.170-3 | http://deb.debian.org/debian bookworm/main amd64 Packages\n"
               "linux-image-6.12.117+deb12-amd64-unsigned | 6.12.117-1~deb12u1 | "
               "http://deb.debian.org/debian-security bookworm-security/main amd64 Packages\n")
    calls = []

    def run(cmd, **kw):
        calls.append(cmd)
        return R("\n".join(names)) if cmd[1] == "search" else R(madison)
    got = kernels.available_packages("x86_64", run)
    assert got == [("linux-image-6.1.0-47-amd64", "6.1.170-3"),
                   ("linux-image-6.12.117+deb12-amd64-unsigned", "6.12.117-1~deb12u1")]
    assert sorted(calls[1][2:]) == ["linux-image-6.1.0-47-amd64", "linux-image-6.1.0-47-cloud-amd64",
                                    "linux-image-6.1.0-47-rt-amd64-unsigned",
                                    "linux-image-6.12.117+deb12-amd64-unsigned"]


# ---- kernel images -----------------------------------------------------------------------------

def test_bzimage_is_recognised(tmp_path):
    img = specmod.inspect_image(fake_bzimage(tmp_path / "bzImage", "6.15.0-rc1+"))
    assert (img.kind, img.arch, img.release) == ("bzimage", "x86_64", "6.15.0-rc1+")
    tree = tmp_path / "linux"
    (tree / "arch/x86/boot").mkdir(parents=True)
    fake_bzimage(tree / "arch/x86/boot/bzImage")
    assert specmod.inspect_image(str(tree)).kind == "bzimage"


def test_arm64_image_plain_and_gzip(tmp_path):
    data = bytearray(0x1000)
    data[0x38:0x3C] = b"ARM\x64"
    data[0x100:0x120] = b"Linux version 6.12.1-arm64 (x)\0\0"
    (tmp_path / "Image").write_bytes(bytes(data))
    (tmp_path / "Image.gz").write_bytes(gzip.compress(bytes(data)))
    for name in ("Image", "Image.gz"):
        img = specmod.inspect_image(str(tmp_path / name))
        assert (img.kind, img.arch, img.release) == ("arm64-image", "arm64", "6.12.1-arm64")


def test_missing_and_wrong_images(tmp_path):
    with pytest.raises(SpecError, match="does not exist"):
        specmod.inspect_image(str(tmp_path / "nope"))
    (tmp_path / "junk").write_bytes(b"not a kernel" * 100)
    with pytest.raises(SpecError, match="not a kernel image"):
        specmod.inspect_image(str(tmp_path / "junk"))
    (tmp_path / "empty-tree").mkdir()
    with pytest.raises(SpecError, match="without a built kernel image"):
        specmod.inspect_image(str(tmp_path / "empty-tree"))
    fake_bzimage(tmp_path / "bz")
    with pytest.raises(SpecError, match="x86_64 kernel image but ARCH is arm64"):
        kernels.resolve(specmod.parse(str(tmp_path / "bz"), "arm64"), str(tmp_path))


def test_missing_image_fails_fast_and_clearly(tmp_path):
    t = time.monotonic()
    p = run_vm_check(["--out", str(tmp_path), "--build", fake_build(tmp_path / "b"),
                      str(tmp_path / "no-such-bzImage")])
    assert p.returncode == 1
    assert "does not exist" in p.stderr and "no-such-bzImage" in p.stderr
    assert "Traceback" not in p.stderr
    assert time.monotonic() - t < 20
    assert not (tmp_path / "results").exists() or not any((tmp_path / "results").iterdir())


def test_bad_spec_is_usage_error(tmp_path):
    p = run_vm_check(["--out", str(tmp_path), "bogus"])
    assert p.returncode == 2 and "cannot tell which kernel 'bogus'" in p.stderr
    assert "Traceback" not in p.stderr


# ---- the initramfs -----------------------------------------------------------------------------

def read_newc(raw):
    """{name: (mode, data, rdev)} of concatenated newc archives, later entries
    winning, as the kernel unpacks them."""
    out = {}
    pos = 0
    while pos < len(raw):
        if raw[pos] == 0:
            pos += 1
            continue
        assert raw[pos:pos + 6] == b"070701", pos
        f = [int(raw[pos + 6 + 8 * i:pos + 14 + 8 * i], 16) for i in range(13)]
        mode, size, rmaj, rmin, nsize = f[1], f[6], f[9], f[10], f[11]
        name = raw[pos + 110:pos + 110 + nsize - 1].decode()
        pos += 110 + nsize
        pos += (4 - pos % 4) % 4
        body = raw[pos:pos + size]
        pos += size
        pos += (4 - pos % 4) % 4
        if name != "TRAILER!!!":
            out[name] = (mode, body, (rmaj, rmin))
    return out


def test_initramfs_contents(tmp_path):
    build = fake_build(tmp_path / "b")
    bb = tmp_path / "busybox"
    bb.write_bytes(b"\x7fELF fake busybox")
    base = initramfs.build_base(build, str(bb), str(tmp_path / "cache"), strip_tool=None, log=lambda m: None)
    again = initramfs.build_base(build, str(bb), str(tmp_path / "cache"), strip_tool=None, log=lambda m: None)
    assert again == base
    mod = tmp_path / "virtio_console.ko"
    mod.write_bytes(b"\x7fELF module")
    dest = initramfs.assemble(base, {"label": "it's", "chan": "/dev/ttyS1"}, ["-j", "1", "a b"],
                              str(tmp_path / "initrd"), [str(mod)])
    with open(dest, "rb") as f:
        raw = f.read()
    # two gzip members, the base and the conf, read one after the other
    entries = read_newc(gzip.decompress(raw))
    assert stat.S_ISCHR(entries["dev/console"][0]) and entries["dev/console"][2] == (5, 1)
    assert stat.S_ISLNK(entries["bin/sh"][0]) and entries["bin/sh"][1] == b"busybox"
    assert entries["init"][0] & 0o111
    assert "ptc/bin/ptc-run" in entries and "ptc/cases/fake/one" in entries
    conf = entries["ptc/conf"][1].decode()
    assert "label='it'\"'\"'s'" in conf and "set -- -j 1 'a b'" in conf
    assert "modules=virtio_console.ko" in conf
    assert entries["lib/modules/virtio_console.ko"][1] == b"\x7fELF module"


def test_initramfs_ships_the_c_library_of_a_dynamic_build(tmp_path):
    """A dynamically linked runner brings its interpreter and C library
    along, at the paths the guest's loader looks in; a static one nothing."""
    build = fake_build(tmp_path / "b")
    shutil.copy(shutil.which("true"), os.path.join(build, "bin", "ptc-run"))
    machine, interp = initramfs.elf_interpreter(os.path.join(build, "bin", "ptc-run"))
    if interp is None:
        pytest.skip("the host's true is statically linked")
    bb = tmp_path / "busybox"
    bb.write_bytes(b"x")
    base = initramfs.build_base(build, str(bb), str(tmp_path / "c"), log=lambda m: None)
    with open(base, "rb") as f:
        entries = read_newc(gzip.decompress(f.read()))
    assert interp.lstrip("/") in entries
    assert f"lib/{initramfs.MULTIARCH[machine]}/libc.so.6" in entries


def test_initramfs_rebuild_after_one_change_redoes_one_part(tmp_path):
    build = fake_build(tmp_path / "b")
    bb = tmp_path / "busybox"
    bb.write_bytes(b"x")
    cache = tmp_path / "c"
    first = initramfs.build_base(build, str(bb), str(cache), log=lambda m: None)
    parts = {p: os.path.getmtime(cache / "parts" / p) for p in os.listdir(cache / "parts")}
    one = os.path.join(build, "cases", "fake", "one")
    with open(one, "ab") as f:
        f.write(b"changed")
    second = initramfs.build_base(build, str(bb), str(cache), log=lambda m: None)
    assert second != first
    new = set(os.listdir(cache / "parts")) - set(parts)
    assert {p for p in new if p.endswith(".cpio.gz")} and len({p for p in new if p.endswith(".cpio.gz")}) == 1
    assert all(os.path.getmtime(cache / "parts" / p) == t for p, t in parts.items()
               if os.path.exists(cache / "parts" / p))
    with open(second, "rb") as f:
        assert read_newc(gzip.decompress(f.read()))["ptc/cases/fake/one"][1].endswith(b"changed")


def test_concatenated_gzip_is_what_the_kernel_reads(tmp_path):
    """The conf archive must come after the base so that /ptc/conf wins."""
    build = fake_build(tmp_path / "b")
    bb = tmp_path / "busybox"
    bb.write_bytes(b"x")
    base = initramfs.build_base(build, str(bb), str(tmp_path / "c"), log=lambda m: None)
    dest = initramfs.assemble(base, {"label": "L"}, [], str(tmp_path / "i"))
    size = os.path.getsize(base)
    with open(dest, "rb") as f:
        f.seek(size)
        tail = f.read()
    assert read_newc(gzip.decompress(tail))["ptc/conf"][1].startswith(b"# written by")


# ---- the kernel log ------------------------------------------------------------------------------

def test_scanner_kinds_and_excerpts():
    log = """[ 1.0] boot
[ 2.0] ------------[ cut here ]------------
[ 2.1] WARNING: CPU: 1 PID: 7 at kernel/ptrace.c:10 foo+0x1/0x2
[ 2.2] Call Trace:
[ 2.3] ---[ end trace 0000 ]---
[ 3.0] normal line
[ 4.0] ======================================================
[ 4.1] WARNING: possible circular locking dependency detected
[ 4.2] ---[ end trace 0001 ]---
[ 5.0] rcu: INFO: rcu_preempt detected stalls on CPUs/tasks:
[ 6.0] BUG: kernel NULL pointer dereference, address: 0000000000000000
[ 6.1] Oops: 0000 [#1] SMP
[ 6.2] Kernel panic - not syncing: Fatal exception
"""
    sc = guest.scan_text(log)
    kinds = [(s.kind, s.line, s.fails) for s in sc.splats]
    assert kinds == [("WARN", 2, True), ("lockdep", 8, True), ("stall", 10, False), ("oops", 11, True),
                     ("panic", 13, True)]
    assert sc.splats[0].lines[-1].endswith("---[ end trace 0000 ]---")
    assert "WARNING: CPU: 1" in sc.splats[0].excerpt()
    assert sc.panicked and len(sc.failing()) == 4 and len(sc.notices()) == 1


def test_scanner_quiet_log():
    sc = guest.scan_text(
        "[0.1] PCI: Using host bridge windows from ACPI; report a bug\n"
        "[0.2] AMD-Vi: not a bug.\n"
        "[12.6] traps: pokeuser-bogus-[228] general protection fault ip:42905b sp:7ffe error:fff8 in x[2905b,401000+99000]\n"
        "[12.7] tracee[77]: segfault at 0 ip 0000000000401000 sp 00007ffe error 4 in t[401000+1000]\n"
        "[0.3] reboot: Power down\n")
    assert sc.splats == []
    sc = guest.scan_text("[1.0] general protection fault, probably for non-canonical address 0xdead: 0000 [#1] SMP\n")
    assert [s.kind for s in sc.splats] == ["oops"]


# ---- the watch loop against a fake emulator --------------------------------------------------------

def fake_run(tmp_path, scenario, *extra, spec=None, env=None):
    tmp_path.mkdir(parents=True, exist_ok=True)
    build = fake_build(tmp_path / "b")
    img = fake_bzimage(tmp_path / "bzImage")
    bb = tmp_path / "busybox"
    bb.write_bytes(b"x")
    emu = tmp_path / "fake-emu"
    emu.write_text(f"#!/bin/sh\nexec {PYTHON} {FAKE_EMULATOR} \"$@\"\n")
    emu.chmod(0o755)
    t = time.monotonic()
    p = run_vm_check(["--out", str(tmp_path / "out"), "--build", build, "--busybox", str(bb),
                      "--emulator", str(emu), "--label", "fake", "--strip", "false"] + list(extra) +
                     [spec or img], env={"PTC_FAKE": scenario, **(env or {})})
    elapsed = time.monotonic() - t
    res_dir = tmp_path / "out" / "results" / "fake"
    doc = None
    if (res_dir / "results.json").exists():
        doc = ptcresults.load(str(res_dir))
    return p, doc, elapsed, res_dir


def by_name(doc):
    return {c["name"]: c for c in doc["cases"]}


def test_fake_ok_run(tmp_path):
    p, doc, _, d = fake_run(tmp_path, "ok")
    assert p.returncode == 1, p.stderr          # fake.two fails
    assert doc["vm"]["status"] == "ok" and doc["run"]["complete"] is True
    c = by_name(doc)
    assert c["fake.one"]["result"] == "pass" and c["fake.two"]["result"] == "fail"
    assert c["vm.boot"]["result"] == "pass" and c["vm.kernel-log"]["result"] == "pass"
    assert doc["totals"] == {"pass": 3, "fail": 1, "skip": 0, "unsupported": 0, "xfail": 0,
                             "xpass": 0, "timeout": 0, "error": 0}
    assert (d / "kernel.log").read_text().startswith("[    0.000000] Linux version")
    assert "@ptc" not in (d / "kernel.log").read_text()
    import xml.etree.ElementTree as ET
    suite = ET.parse(d / "junit.xml").getroot()[0]
    assert suite.get("tests") == "4" and suite.get("failures") == "1"
    assert "[fake] not ok 2 fake.two" in p.stdout


def test_known_deviations_decide_the_exit_status(tmp_path):
    """--known DIR: the run fails only where it differs from DIR/<label>;
    the listed failures stay failures in the results."""
    known = tmp_path / "known"
    known.mkdir()
    (known / "fake").write_text("# why it fails\nfake.two fail   # a triaged deviation\n")
    p, doc, _, _ = fake_run(tmp_path / "listed", "ok", "--known", str(known))
    assert p.returncode == 0, p.stderr
    assert by_name(doc)["fake.two"]["result"] == "fail"
    assert "every unexpected result is a known deviation" in p.stderr
    # An entry the run no longer shows is a difference too (a fix, or a
    # case that changed): the list must follow.
    (known / "fake").write_text("fake.two fail\nfake.one fail\n")
    p, _, _, _ = fake_run(tmp_path / "stale", "ok", "--known", str(known))
    assert p.returncode == 1 and "fake.one: listed as fail, now pass" in p.stderr
    # No list for the label: every unexpected result fails the run.
    (known / "fake").unlink()
    p, _, _, _ = fake_run(tmp_path / "unlisted", "ok", "--known", str(known))
    assert p.returncode == 1 and "fake.two: fail, not in the known deviations" in p.stderr


@pytest.mark.parametrize("text, message", [
    ("fake.two\n", "expected '<case> <"),
    ("fake.two pass\n", "expected '<case> <"),
    ("fake.two fail\nfake.two fail\n", "listed twice"),
])
def test_malformed_known_deviations(tmp_path, text, message):
    known = tmp_path / "known"
    known.mkdir()
    (known / "fake").write_text(text)
    p, _, _, _ = fake_run(tmp_path, "ok", "--known", str(known))
    assert p.returncode == 1 and message in p.stderr and "Traceback" not in p.stderr


def test_known_directory_missing(tmp_path):
    p, _, _, _ = fake_run(tmp_path, "ok", "--known", str(tmp_path / "nope"))
    assert p.returncode == 2 and "not a directory of known deviations" in p.stderr


def test_fake_warn_fails_the_run_with_excerpt(tmp_path):
    p, doc, _, _ = fake_run(tmp_path, "warn")
    assert p.returncode == 1
    kl = by_name(doc)["vm.kernel-log"]
    assert kl["result"] == "fail" and "WARN" in kl["reason"]
    assert any("WARNING: CPU: 1 PID: 77" in d for d in kl["diagnostics"])
    assert doc["vm"]["splats"][0]["kind"] == "WARN"
    assert "kernel WARN at kernel.log:3" in p.stderr


def test_fake_panic_keeps_results_written(tmp_path):
    p, doc, elapsed, _ = fake_run(tmp_path, "panic-midrun", "--restarts", "0")
    assert p.returncode == 1 and elapsed < 30
    c = by_name(doc)
    assert doc["vm"]["status"] == "panic" and doc["run"]["complete"] is False
    assert c["fake.one"]["result"] == "pass"                      # kept
    assert c["fake.two"]["result"] == "error"                     # running at the panic
    assert "panicked while this case ran" in c["fake.two"]["reason"]
    assert c["vm.boot"]["result"] == "fail" and "Kernel panic" in c["vm.boot"]["reason"]
    assert {s["kind"] for s in doc["vm"]["splats"]} == {"oops", "panic"}
    assert "the kernel panicked" in p.stderr


def test_fake_panic_then_the_rest_on_a_new_boot(tmp_path):
    p, doc, elapsed, d = fake_run(tmp_path, "panic-once")
    assert p.returncode == 1 and elapsed < 30
    c = by_name(doc)
    assert c["fake.one"]["result"] == "pass"
    assert c["fake.two"]["result"] == "error" and "panicked" in c["fake.two"]["reason"]
    assert c["fake.three"]["result"] == "pass"                    # run by the second boot
    assert doc["vm"]["status"] == "panic" and doc["run"]["complete"] is True
    assert len(doc["vm"]["boots"]) == 2 and doc["vm"]["boots"][1]["cases"] == 1
    assert doc["vm"]["boots"][0]["running"] == ["fake.two"]
    assert "1 of 2 boots failed" in c["vm.boot"]["reason"]
    log = (d / "kernel.log").read_text().splitlines()
    assert any(line.startswith("===== vm-check: boot 2") for line in log)
    panic = next(s for s in doc["vm"]["splats"] if s["kind"] == "panic")
    assert "Kernel panic" in log[panic["line"] - 1]
    assert "starting the guest again for 1 cases" in p.stderr


def test_fake_panic_with_two_running_finds_the_culprit(tmp_path):
    p, doc, elapsed, d = fake_run(tmp_path, "panic-two-running", env={"PTC_FAKE_CULPRIT": "fake.two"})
    assert elapsed < 30, p.stderr
    c = by_name(doc)
    assert c["fake.one"]["result"] == "pass"            # innocent: run again, alone
    assert c["fake.two"]["result"] == "error" and "panicked" in c["fake.two"]["reason"]
    assert c["fake.three"]["result"] == "pass"
    boots = doc["vm"]["boots"]
    assert [b["running"] for b in boots] == [["fake.one", "fake.two"], ["fake.two"], []]
    assert [b["cases"] for b in boots] == [None, 2, 1]
    assert "one at a time, the cases running when it died" in (d / "kernel.log").read_text()


def test_fake_hung_guest_is_bounded(tmp_path):
    p, doc, elapsed, _ = fake_run(tmp_path, "hang-midrun", "--idle-timeout", "2")
    assert p.returncode == 1
    assert elapsed < 30
    c = by_name(doc)
    assert doc["vm"]["status"] == "hung"
    assert c["fake.one"]["result"] == "pass" and c["fake.two"]["result"] == "timeout"
    assert c["vm.boot"]["result"] == "timeout" and "fake.two" in c["vm.boot"]["reason"]


def test_fake_guest_never_reaching_init(tmp_path):
    p, doc, elapsed, _ = fake_run(tmp_path, "hang-boot", "--boot-timeout", "2")
    assert p.returncode == 1 and elapsed < 30
    assert doc["vm"]["status"] == "no-init"
    c = by_name(doc)
    assert c["vm.boot"]["result"] == "fail" and "did not reach init within 2s" in c["vm.boot"]["reason"]
    assert any("Run /init" in d for d in c["vm.boot"]["diagnostics"])      # the console tail
    assert doc["kernel"]["release"] == "9.9.9-fake"


def test_fake_garbage_and_runner_error(tmp_path):
    p, doc, _, _ = fake_run(tmp_path / "1", "garbage")
    assert doc["vm"]["channel_garbage"] == ['@ptc case {"name": "fake.two", "result": "pa']
    assert by_name(doc)["fake.two"]["result"] == "fail"      # the later, whole line counts
    p, doc, _, _ = fake_run(tmp_path / "2", "runner-error")
    assert doc["vm"]["status"] == "runner-error"
    boot = by_name(doc)["vm.boot"]
    assert boot["result"] == "error" and any("no case matches" in d for d in boot["diagnostics"])


def test_fake_emulator_that_cannot_start(tmp_path):
    p, doc, elapsed, _ = fake_run(tmp_path, "bad-start")
    assert p.returncode == 1 and elapsed < 30
    assert doc["vm"]["status"] == "emulator-error"
    assert "could not load kernel image" in by_name(doc)["vm.boot"]["reason"]


def test_fake_uml_channel_is_an_inherited_descriptor(tmp_path):
    uml = tmp_path / "linux"
    uml.write_bytes(open("/bin/true", "rb").read() + b"make_uml_dir")   # looks like a UML binary
    uml.chmod(0o755)
    p, doc, _, d = fake_run(tmp_path, "ok", spec="uml:" + str(uml))
    assert doc is not None, p.stderr
    assert doc["run"]["how"] == "uml" and doc["vm"]["accel"] == "uml"
    assert by_name(doc)["fake.one"]["result"] == "pass"


# ---- results of a VM run ----------------------------------------------------------------------------

def test_composed_results_follow_the_schema():
    ch = guest.Channel()
    ch.feed("@ptc init 1.0")
    out = guest.Outcome(status=guest.VmStatus.DIED, error="gone", scanner=guest.LogScanner(), channel=ch)

    class K:
        how, arch, release = "qemu", "x86_64", "6.1.0"
        spec = specmod.parse("6.1")

        def describe(self):
            return {"source": "path", "image": "/x", "release": "6.1.0", "arch": "x86_64"}
    doc = results.compose(out, K(), "lbl", "native", 10, {
        "spec": "6.1", "kernel": K().describe(), "arch": "x86_64", "accel": "tcg",
        "reproduce": "make vm-check KERNEL=6.1"})
    ptcresults.validate(doc, ptcresults.schema())
    assert results.failed(doc)
