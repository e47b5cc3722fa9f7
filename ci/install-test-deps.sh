#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Install what the self-tests need, when it is missing: pytest and
# jsonschema for Debian's python3, a TAP parser (Perl's prove and tappy),
# gcc-multilib for the 32-bit tracee run, what ci/install-vm-deps.sh installs
# for the arm64 build, the VM runner's guests (QEMU, user-mode Linux, a
# static busybox) and the report's browser test (chromium), and the kernel's
# kselftest runner
# scripts (from Debian's linux-source package) under $OUT/kselftest-runner.
# As root it uses apt-get; otherwise it says what to install and fails.
set -u
OUT=${OUT:-out}

missing=""
/usr/bin/python3 -c 'import pytest' 2>/dev/null || missing="$missing python3-pytest"
/usr/bin/python3 -c 'import jsonschema' 2>/dev/null || missing="$missing python3-jsonschema"
# The type check of ci/ and reports/ (tests/test_vm_structure.py).
/usr/bin/python3 -m mypy --version >/dev/null 2>&1 || missing="$missing mypy"
/usr/bin/python3 -c 'import tap.parser' 2>/dev/null || missing="$missing python3-tap"
command -v prove >/dev/null 2>&1 || missing="$missing perl"
# 32-bit userland for the i386-on-x86_64 run (x86_64 only).
if [ "$(uname -m)" = x86_64 ] && ! printf 'int main(void){return 0;}' |
	${CC:-cc} -m32 -x c -o /dev/null - 2>/dev/null; then
	missing="$missing gcc-multilib"
fi

runner_dir="$OUT/kselftest-runner"
[ -x "$runner_dir/run_kselftest.sh" ] || need_runner=1

sh "$(dirname "$0")/install-vm-deps.sh" arm64-toolchain qemu-x86_64 uml initramfs browser || exit 1

[ -z "$missing" ] && [ -z "${need_runner:-}" ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
	[ -n "$missing" ] && echo "make test needs these packages:$missing" >&2 &&
		echo "install them (e.g. sudo apt-get install$missing) and run make test again" >&2
	[ -n "${need_runner:-}" ] && echo "make test needs the kernel's kselftest runner scripts in" \
		"$runner_dir (run_kselftest.sh and kselftest/ from tools/testing/selftests): run make test as root once to fetch them" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null || { echo "apt-get update failed" >&2; exit 1; }
if [ -n "$missing" ]; then
	echo "installing:$missing"
	apt-get install -y -qq $missing >/dev/null || {
		echo "apt-get install$missing failed" >&2
		exit 1
	}
fi
if [ -n "${need_runner:-}" ]; then
	# The kernel's own run_kselftest.sh and kselftest/ scripts, to prove the
	# installed collection runs under them unchanged.
	pkg=$(apt-cache depends linux-source 2>/dev/null | sed -n 's/.*Depends: \(linux-source-[0-9.]*\)$/\1/p' | head -n 1)
	[ -n "$pkg" ] || { echo "no linux-source package found" >&2; exit 1; }
	echo "fetching the kselftest runner scripts from $pkg"
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' EXIT
	(cd "$tmp" && apt-get download -q "$pkg" >/dev/null 2>&1 &&
		dpkg-deb --fsys-tarfile ./*.deb | tar -x --wildcards './usr/src/linux-source-*.tar.xz' &&
		tar -xJf usr/src/linux-source-*.tar.xz --wildcards \
			'*/tools/testing/selftests/run_kselftest.sh' '*/tools/testing/selftests/kselftest/*') || {
		echo "could not fetch the kselftest runner from $pkg" >&2
		exit 1
	}
	mkdir -p "$runner_dir"
	cp -r "$tmp"/linux-source-*/tools/testing/selftests/run_kselftest.sh \
		"$tmp"/linux-source-*/tools/testing/selftests/kselftest "$runner_dir/"
fi
