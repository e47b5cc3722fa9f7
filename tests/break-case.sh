#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Break a case on purpose and check that it goes red.
#
#   tests/break-case.sh cases/<group>/<behaviour>.c 'sed expression' [variant]
#
# Builds a copy of the case with the sed expression applied (invert an
# expectation: another signal, another errno, another stop kind) against
# the library of `make`, runs it, and reports "red" with the first failure
# line, or "STILL PASSES". Exit status 0 only when the broken copy failed.
set -u
src=$1 expr=$2 variant=${3:-}
top=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-$top/out/build/native}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
name=$(echo "$src" | sed 's|^cases/||; s|\.c$||; s|/|.|')

[ -f "$build/libptc.a" ] || { echo "break-case: run make first ($build/libptc.a is missing)" >&2; exit 2; }
sed "$expr" "$src" > "$tmp/broken.c" || exit 2
if cmp -s "$src" "$tmp/broken.c"; then
	echo "break-case: the expression changed nothing in $src" >&2
	exit 2
fi
${CC:-cc} -O2 -std=gnu11 -D_GNU_SOURCE -I"$top/harness" -I"$top/helpers" -I"$(dirname "$src")" \
	-DPTC_NAME="\"$name\"" -o "$tmp/broken" "$tmp/broken.c" "$build/libptc.a" -lpthread || exit 2
if [ -n "$variant" ]; then "$tmp/broken" --variant "$variant"; else "$tmp/broken"; fi > "$tmp/out" 2>&1
rc=$?
if [ $rc -eq 0 ]; then
	echo "STILL PASSES: $src with [$expr]"
	exit 1
fi
echo "red (exit $rc): $src: $(grep -m1 -E '^# .*(expected|got)|^not ok' "$tmp/out")"
