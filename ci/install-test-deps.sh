#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Install what the self-tests need, when it is missing: pytest and
# jsonschema for Debian's python3, a TAP parser (Perl's prove and tappy),
# and gcc-multilib for the 32-bit tracee run. As root it uses apt-get;
# otherwise it says what to install and fails.
set -u

missing=""
/usr/bin/python3 -c 'import pytest' 2>/dev/null || missing="$missing python3-pytest"
/usr/bin/python3 -c 'import jsonschema' 2>/dev/null || missing="$missing python3-jsonschema"
/usr/bin/python3 -c 'import tap.parser' 2>/dev/null || missing="$missing python3-tap"
command -v prove >/dev/null 2>&1 || missing="$missing perl"
# 32-bit userland for the i386-on-x86_64 run (x86_64 only).
if [ "$(uname -m)" = x86_64 ] && ! printf 'int main(void){return 0;}' |
	${CC:-cc} -m32 -x c -o /dev/null - 2>/dev/null; then
	missing="$missing gcc-multilib"
fi

[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
	echo "make test needs these packages:$missing" >&2
	echo "install them (e.g. sudo apt-get install$missing) and run make test again" >&2
	exit 1
fi
echo "installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq $missing >/dev/null || {
	echo "apt-get install$missing failed" >&2
	exit 1
}
