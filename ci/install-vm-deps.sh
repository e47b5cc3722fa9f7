#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Install, when missing, what the VM runner and the report's browser test
# need. Each argument names one need:
#
#   qemu-x86_64  qemu-system-x86 (QEMU for x86_64 guests)
#   qemu-arm64   qemu-system-arm (QEMU for arm64 guests)
#   uml          user-mode-linux (Debian's user-mode Linux kernel)
#   initramfs    busybox-static and cpio (the guest's userland)
#   cross-arm64  the arm64 cross build of the suite (make ARCH=arm64: clang,
#                lld, llvm and the arm64 cross libc) and arm64 package lists
#                (for apt-get download of arm64 kernels and busybox)
#   arm64-toolchain  the cross build alone, without the arm64 package lists
#   apt-arm64    arm64 package lists only
#   browser      chromium (the report's self-test)
#
# As root it installs with apt-get; otherwise it names the packages to
# install and fails. Exit 0 when everything asked for is present.
set -u

missing=""
need_arm64_lists=""

have() { command -v "$1" >/dev/null 2>&1; }
add() { case " $missing " in *" $1 "*) ;; *) missing="$missing $1" ;; esac; }

for need in "$@"; do
	case "$need" in
	qemu-x86_64) have qemu-system-x86_64 || add qemu-system-x86 ;;
	qemu-arm64)
		have qemu-system-aarch64 || add qemu-system-arm
		# The UEFI-less virt machine boots an Image directly; nothing else.
		;;
	uml) [ -x /usr/bin/linux.uml ] || [ -x /usr/bin/linux ] || add user-mode-linux ;;
	initramfs)
		# The guest needs a static busybox (the busybox package is dynamic).
		if ! [ -x /bin/busybox ] || LC_ALL=C ldd /bin/busybox >/dev/null 2>&1; then
			add busybox-static
		fi
		have cpio || add cpio
		;;
	cross-arm64 | arm64-toolchain)
		have clang || add clang
		have ld.lld || add lld
		have llvm-ar || add llvm
		[ -e /usr/aarch64-linux-gnu/lib/libc.a ] || add libc6-dev-arm64-cross
		[ -e /usr/aarch64-linux-gnu/include/linux/ptrace.h ] || add linux-libc-dev-arm64-cross
		ls /usr/lib/gcc-cross/aarch64-linux-gnu/*/libgcc.a >/dev/null 2>&1 || add libgcc-12-dev-arm64-cross
		[ "$need" = cross-arm64 ] && need_arm64_lists=1
		;;
	apt-arm64) need_arm64_lists=1 ;;
	browser) have chromium || add chromium ;;
	*)
		echo "install-vm-deps.sh: unknown need '$need'" >&2
		exit 2
		;;
	esac
done
if [ -n "$need_arm64_lists" ] && ! dpkg --print-foreign-architectures | grep -qx arm64; then
	arm64_missing=1
fi

[ -z "$missing" ] && [ -z "${arm64_missing:-}" ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! have apt-get; then
	if [ -n "$missing" ]; then
		echo "the VM runner needs these packages:$missing" >&2
		echo "install them (e.g. sudo apt-get install$missing) and run again" >&2
	fi
	if [ -n "${arm64_missing:-}" ]; then
		echo "arm64 guests need arm64 package lists for apt-get download:" >&2
		echo "  sudo dpkg --add-architecture arm64 && sudo apt-get update" >&2
	fi
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
if [ -n "${arm64_missing:-}" ]; then
	echo "adding the arm64 architecture to dpkg (for apt-get download of arm64 packages)"
	dpkg --add-architecture arm64 || exit 1
fi
apt-get update -qq >/dev/null || { echo "apt-get update failed" >&2; exit 1; }
if [ -n "$missing" ]; then
	echo "installing:$missing"
	# shellcheck disable=SC2086
	apt-get install -y -qq --no-install-recommends $missing >/dev/null || {
		echo "apt-get install$missing failed" >&2
		exit 1
	}
fi
exit 0
