# SPDX-License-Identifier: GPL-2.0
"""The kernel config fragment (config) and its check against a tree's
.config (ci/vmcheck/kconfig.py), and how vm-check gives the guest's runner
the kernel's config: small fake trees, a fake emulator, no kernel."""
import gzip
import json
from pathlib import Path

import pytest

from vmreport_helpers import TOP, fake_bzimage, fake_build
from test_vm_runner import fake_run, read_newc
from vmcheck import kconfig, kernels
from vmcheck import spec as specmod
import ptcresults

FRAGMENT = """\
# a test fragment
# ---- Part 1: needed
CONFIG_TTY=y
CONFIG_UARTS=2
# ---- Part 2: optional
CONFIG_SECCOMP=y
CONFIG_USER_NS=y
# CONFIG_NOPE is not set
CONFIG_X86ONLY=y
CONFIG_ARMONLY=y
"""

KCONFIG = """\
mainmenu "fake"
menuconfig TTY
\tbool "tty"
config UARTS
\tint "ports"
config SECCOMP
\tdef_bool y
 config USER_NS
\tbool
config NOPE
\tbool
"""


def fake_tree(root, dotconfig, fragment=FRAGMENT, image=False):
    """A kernel tree: Kconfig files (one per arch), a .config, a Makefile,
    and with image=True an arch/x86/boot/bzImage. Returns (tree, fragment)."""
    t = Path(root)
    (t / "arch" / "x86").mkdir(parents=True)
    (t / "arch" / "arm64").mkdir(parents=True)
    (t / "Kconfig").write_text(KCONFIG)
    (t / "arch" / "x86" / "Kconfig").write_text("config X86ONLY\n\tdef_bool y\n")
    (t / "arch" / "arm64" / "Kconfig").write_text("config ARMONLY\n\tdef_bool y\n")
    (t / "Makefile").write_text("# fake\n")
    if isinstance(dotconfig, bytes):
        (t / ".config").write_bytes(dotconfig)
    else:
        (t / ".config").write_text(dotconfig)
    if image:
        (t / "arch" / "x86" / "boot").mkdir()
        fake_bzimage(t / "arch" / "x86" / "boot" / "bzImage")
    frag = t.parent / (t.name + "-fragment")
    frag.write_text(fragment)
    return t, frag


GOOD = "# Linux/x86 6.1.0 Kernel Configuration\nCONFIG_TTY=y\nCONFIG_UARTS=4\nCONFIG_SECCOMP=y\n" \
       "CONFIG_USER_NS=y\n# CONFIG_NOPE is not set\nCONFIG_X86ONLY=y\n"


def test_complete_config_is_ok(tmp_path):
    tree, frag = fake_tree(tmp_path / "t", GOOD)
    rec = kconfig.check_tree(str(tree), str(frag))
    assert rec["status"] == "ok" and rec["problems"] == [], rec
    # ARMONLY is another arch's symbol: not asked of an x86 tree.
    assert "every option" in kconfig.report_lines(rec)[-1]


def test_missing_options_are_named_by_part(tmp_path):
    cfg = ("# Linux/x86 6.1.0 Kernel Configuration\n# CONFIG_TTY is not set\nCONFIG_UARTS=1\n"
           "CONFIG_USER_NS=m\nCONFIG_NOPE=y\nCONFIG_X86ONLY=y\n")
    tree, frag = fake_tree(tmp_path / "t", cfg)
    rec = kconfig.check_tree(str(tree), str(frag))
    assert rec["status"] == "lacking"
    assert rec["needed"] == [{"option": "CONFIG_TTY", "why": "not set"},
                             {"option": "CONFIG_UARTS", "why": "=1, at least 2 wanted"}]
    assert [m["option"] for m in rec["optional"]] == ["CONFIG_SECCOMP", "CONFIG_USER_NS", "CONFIG_NOPE"]
    assert "module" in rec["optional"][1]["why"] and "off" in rec["optional"][2]["why"]
    text = "\n".join(kconfig.report_lines(rec))
    assert "needed to boot/run: CONFIG_TTY (not set)" in text
    assert "optional cases: CONFIG_SECCOMP (not set)" in text


def test_unknown_option_is_named_with_file_and_line(tmp_path):
    tree, frag = fake_tree(tmp_path / "t", GOOD, FRAGMENT + "CONFIG_TYPO_FOO=y\nBROKEN LINE\nCONFIG_TTY=y\n")
    rec = kconfig.check_tree(str(tree), str(frag))
    msgs = rec["problems"]
    assert f"{frag}:11: CONFIG_TYPO_FOO is not a Kconfig symbol of this tree (no 'config TYPO_FOO'" in msgs[-1]
    assert any(m.startswith(f"{frag}:12: not a CONFIG_FOO=value line") for m in msgs)
    assert any(m.startswith(f"{frag}:13: CONFIG_TTY again (first at line 3)") for m in msgs)
    assert rec["status"] == "ok"          # the rest is still checked
    assert kconfig.main([str(tree), "--fragment", str(frag)]) == 1


@pytest.mark.parametrize("content, message", [
    ("CONFIG_TTY=y\nthis is not a config\n", ".config:2: not a kernel config line"),
    (b"\x7fELF\x00\xff\xfe binary", "cannot read"),
    ("# only comments\n", "sets no CONFIG_ option"),
    (b"\x1f\x8b\x08\x00 truncated gzip", "cannot read"),
])
def test_malformed_dotconfig_makes_the_check_unknown(tmp_path, content, message):
    tree, frag = fake_tree(tmp_path / "t", content)
    rec = kconfig.check_tree(str(tree), str(frag))
    assert rec["status"] == "unknown" and message in rec["error"]
    assert "the kernel config check is unknown" in kconfig.report_lines(rec)[-1]


def test_unreadable_dotconfig_and_fragment(tmp_path):
    tree, frag = fake_tree(tmp_path / "t", GOOD)
    (tree / ".config").unlink()
    rec = kconfig.check_tree(str(tree), str(frag))
    assert rec["status"] == "unknown" and "No such file" in rec["error"]
    rec = kconfig.check_tree(str(tree), str(tmp_path / "no-fragment"))
    assert rec["status"] == "unknown" and "cannot read the config fragment" in rec["error"]


def test_gzip_dotconfig(tmp_path):
    tree, frag = fake_tree(tmp_path / "t", gzip.compress(GOOD.encode()))
    assert kconfig.check_tree(str(tree), str(frag))["status"] == "ok"


def test_tree_of(tmp_path):
    tree, _ = fake_tree(tmp_path / "t", GOOD, image=True)
    assert kconfig.tree_of(str(tree)) == str(tree)
    assert kconfig.tree_of(str(tree / "arch/x86/boot/bzImage")) == str(tree)
    lone = fake_bzimage(tmp_path / "bzImage")
    assert kconfig.tree_of(lone) is None


def test_o_build_dir_reads_kconfig_from_its_source(tmp_path):
    src, frag = fake_tree(tmp_path / "src", GOOD)
    build = tmp_path / "build"
    build.mkdir()
    (build / ".config").write_text(GOOD.replace("CONFIG_SECCOMP=y\n", ""))
    (build / "source").symlink_to(src)
    rec = kconfig.check_tree(str(build), str(frag))
    assert rec["optional"] == [{"option": "CONFIG_SECCOMP", "why": "not set"}] and rec["notes"] == []


def test_the_suites_fragment():
    """config parses cleanly, has both parts, and names the options the
    VM runner's guest cannot do without."""
    frag = kconfig.parse_fragment(kconfig.FRAGMENT)
    assert frag.problems == []
    needed = {e.name for e in frag.entries if e.part == kconfig.NEEDED}
    optional = {e.name for e in frag.entries if e.part == kconfig.OPTIONAL}
    for opt in ("CONFIG_SERIAL_8250", "CONFIG_SERIAL_8250_CONSOLE", "CONFIG_BLK_DEV_INITRD", "CONFIG_RD_GZIP",
                "CONFIG_BINFMT_SCRIPT", "CONFIG_BINFMT_ELF", "CONFIG_DEVTMPFS", "CONFIG_TMPFS",
                "CONFIG_PROC_FS", "CONFIG_SYSFS", "CONFIG_PID_NS", "CONFIG_ACPI", "CONFIG_PCI", "CONFIG_PRINTK"):
        assert opt in needed
    for opt in ("CONFIG_SECCOMP_FILTER", "CONFIG_CHECKPOINT_RESTORE", "CONFIG_USER_NS",
                "CONFIG_IA32_EMULATION", "CONFIG_SECURITY_YAMA"):
        assert opt in optional
    assert not needed & optional
    assert (TOP / "config").read_text().startswith("# SPDX-License-Identifier: GPL-2.0\n")


# ---- vm-check: the warning before booting and the config in the guest ----------------------------


def initrd_of(res_dir):
    raw = (res_dir.parent.parent / "vm" / "run" / "fake" / "initrd.img").read_bytes()
    return read_newc(gzip.decompress(raw))


def real_symbols_tree(root, dotconfig, leave_out="CONFIG_KALLSYMS"):
    """A fake tree whose Kconfig defines every option of the suite's
    fragment but one."""
    tree, _ = fake_tree(root, dotconfig, image=True)
    names = [e.name[7:] for e in kconfig.parse_fragment(kconfig.FRAGMENT).entries if e.name != leave_out]
    (tree / "Kconfig").write_text("".join(f"config {n}\n\tbool\n" for n in names))
    return tree


def test_vm_check_stops_on_needed_options_unless_forced(tmp_path):
    tree = real_symbols_tree(tmp_path / "tree", "# Linux/x86 9.9.9 Kernel Configuration\nCONFIG_TTY=y\n")
    p, doc, _, d = fake_run(tmp_path / "stop", "ok", spec=str(tree))
    assert p.returncode == 1 and doc is None and ": booting " not in p.stderr
    assert f"vm-check: fake: not booting: {tree}/.config lacks CONFIG_64BIT, " in p.stderr
    assert "CONFIG_SERIAL_8250_RUNTIME_UARTS" in p.stderr and "FORCE=1 boots anyway" in p.stderr
    assert "Traceback" not in p.stderr


def test_vm_check_warns_and_boots_when_forced(tmp_path):
    tree = real_symbols_tree(tmp_path / "tree", "# Linux/x86 9.9.9 Kernel Configuration\nCONFIG_TTY=y\n")
    known = tmp_path / "known"
    known.mkdir()
    (known / "fake").write_text("fake.two fail\n")
    p, doc, _, d = fake_run(tmp_path / "run", "ok", "--known", str(known), "--force", spec=str(tree))
    # Told to go on, the run passes where its results do.
    assert p.returncode == 0, p.stderr
    assert "lacks options of config:" in p.stderr and "booting anyway (FORCE=1)" in p.stderr
    assert "needed to boot/run: CONFIG_ACPI (not set)" in p.stderr
    assert "optional cases: CONFIG_USER_NS (not set)" in p.stderr
    assert "Traceback" not in p.stderr
    assert p.stderr.index("lacks options") < p.stderr.index("booting")
    cc = doc["vm"]["config_check"]
    assert cc["status"] == "lacking" and cc["fragment"] == "config"
    assert "needed to boot/run: CONFIG_TTY" not in p.stderr
    line = next(e.line for e in kconfig.parse_fragment(kconfig.FRAGMENT).entries if e.name == "CONFIG_KALLSYMS")
    assert cc["problems"] == [f"{kconfig.FRAGMENT}:{line}: CONFIG_KALLSYMS is not a Kconfig symbol of this "
                              "tree (no 'config KALLSYMS' in its Kconfig files)"]
    assert cc["problems"][0] in p.stderr
    kc = doc["vm"]["kernel_config"]
    assert kc == {"path": str(tree / ".config"), "source": "tree", "guest_path": "/kernel-config",
                  "runner_option": True}
    entries = initrd_of(d)
    assert entries["kernel-config"][1].startswith(b"# Linux/x86")
    assert "set -- --kconfig /kernel-config" in entries["ptc/conf"][1].decode()


def test_vm_check_passes_the_config_even_when_malformed(tmp_path):
    """The runner judges what it can read; a malformed config reaches it
    (and it says the refusals cannot be verified)."""
    tree = real_symbols_tree(tmp_path / "tree", "this is not a config\n")
    build = fake_build(tmp_path / "b2")
    p, doc, _, d = fake_run(tmp_path / "run", "ok", "--build", build,
                            spec=str(tree / "arch" / "x86" / "boot" / "bzImage"))
    assert doc is not None, p.stderr
    assert "the kernel config check is unknown" in p.stderr and ".config:1: not a kernel config line" in p.stderr
    assert "Traceback" not in p.stderr and doc["vm"]["status"] == "ok"
    assert doc["vm"]["config_check"]["status"] == "unknown"
    assert doc["vm"]["kernel_config"]["runner_option"] is True
    conf = initrd_of(d)["ptc/conf"][1].decode()
    assert "set -- --kconfig /kernel-config" in conf
    ptcresults.validate(json.loads((d / "results.json").read_text()), ptcresults.schema())


def test_vm_check_lone_image_has_no_config(tmp_path):
    build = fake_build(tmp_path / "b2")
    p, doc, _, d = fake_run(tmp_path / "run", "ok", "--build", build)
    assert doc["vm"]["kernel_config"] == {"path": None, "source": "none", "guest_path": None,
                                          "runner_option": False}
    assert "config_check" not in doc["vm"] and "lacks options" not in p.stderr
    entries = initrd_of(d)
    assert "kernel-config" not in entries and "--kconfig" not in entries["ptc/conf"][1].decode()


def test_debian_package_config_is_found(tmp_path, monkeypatch):
    d = tmp_path / "kernels" / "x86_64" / "linux-image-x_1"
    d.mkdir(parents=True)
    (d / "kernel.json").write_text(json.dumps({"package": "linux-image-x", "version": "1",
                                               "release": "6.1.0-x", "arch": "x86_64"}))
    (d / "vmlinuz").write_bytes(b"")
    (d / "config").write_text(GOOD)
    monkeypatch.setattr(kernels, "available_packages", lambda arch, run: [("linux-image-x", "1")])
    monkeypatch.setattr(kernels, "choose_package", lambda spec, pk: pk[0])
    k = kernels.resolve(specmod.parse("6.1", "x86_64"), str(tmp_path), log=lambda m: None)
    assert (k.config, k.config_source, k.tree) == (str(d / "config"), "debian-package", "")
