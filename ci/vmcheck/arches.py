# SPDX-License-Identifier: GPL-2.0
"""What differs between the guest architectures, as data: one record per
arch. Porting the VM runner to another arch is adding a record here; the
rest of vmcheck reads these fields and has no per-arch branches."""
from dataclasses import dataclass
from typing import Dict, Tuple


@dataclass(frozen=True)
class ArchSettings:
    name: str                    # x86_64, arm64: the kernel's and the suite's name
    debian: str                  # the Debian architecture (package names, apt-get download)
    emulator: str                # the QEMU binary
    machine: Tuple[str, ...]     # QEMU's machine arguments, if the default will not do
    console: str                 # console= on the kernel command line (the kernel log)
    channel_device: str          # the results channel, as the guest sees it
    # QEMU arguments that give the guest its results channel, written to the
    # host file {path}.
    channel_qemu: Tuple[str, ...]
    channel_modules: Tuple[str, ...]  # modules the channel needs where a kernel has them as modules
    tree_images: Tuple[str, ...]      # bootable images in a kernel build tree, first found wins
    package_image: str           # the image in a Debian linux-image package (+ the release)
    cross_triple: str            # the GNU triple of the cross toolchain and libc
    install_needs: Tuple[str, ...]    # what ci/install-vm-deps.sh installs for a guest of this arch


ARCHES: Dict[str, ArchSettings] = {
    "x86_64": ArchSettings(
        name="x86_64", debian="amd64", emulator="qemu-system-x86_64", machine=(),
        console="ttyS0,115200",
        # A second 8250 port: built into every distribution kernel.
        channel_device="/dev/ttyS1", channel_qemu=("-serial", "file:{path}"), channel_modules=(),
        tree_images=("arch/x86/boot/bzImage",), package_image="boot/vmlinuz-",
        cross_triple="x86_64-linux-gnu", install_needs=("qemu-x86_64",)),
    "arm64": ArchSettings(
        name="arm64", debian="arm64", emulator="qemu-system-aarch64", machine=("-M", "virt"),
        console="ttyAMA0",
        # A virtio console: modules in Debian's kernels.
        channel_device="/dev/hvc0",
        channel_qemu=("-device", "virtio-serial-device", "-chardev", "file,id=ptcres,path={path}",
                      "-device", "virtconsole,chardev=ptcres"),
        channel_modules=("virtio_mmio", "virtio_console"),
        tree_images=("arch/arm64/boot/Image", "arch/arm64/boot/Image.gz"),
        package_image="boot/vmlinuz-", cross_triple="aarch64-linux-gnu",
        install_needs=("qemu-arm64", "cross-arm64")),
}

# user-mode Linux: the console is the process's stdout, the channel an
# inherited descriptor that the guest sees as its first serial line.
UML_CHANNEL_DEVICE = "/dev/ttyS0"


def settings(arch: str) -> ArchSettings:
    return ARCHES[arch]
