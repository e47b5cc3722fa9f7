#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# make install INSTALL_PATH=<dir>: install the suite as the kselftest
# collection "ptrace_conformance", so the kernel's run_kselftest.sh (and
# the CI systems built on it) run it unchanged:
#
#   <dir>/kselftest-list.txt              ptrace_conformance:<case> lines
#   <dir>/ptrace_conformance/settings     the per-test timeout
#   <dir>/ptrace_conformance/<case>       one small script per case and variant
#   <dir>/ptrace_conformance/bin/         the case programs
#
# The kernel's runner knows no xfail exit code (2): the scripts map it to 0,
# and the nested TAP line keeps its # XFAIL directive.
set -eu
runner=$1 build=$2 dest=$3
[ -n "$dest" ] || { echo "make install needs INSTALL_PATH=<dir>" >&2; exit 2; }
[ -d "$build/cases" ] || { echo "nothing built in $build: run make first" >&2; exit 2; }

coll="$dest/ptrace_conformance"
rm -rf "$coll"
mkdir -p "$coll/bin"
echo "timeout=60" > "$coll/settings"
list="$dest/kselftest-list.txt"
touch "$list"
grep -v '^ptrace_conformance:' "$list" > "$list.new" || true

# The runner lists every case and variant from the programs' metadata.
"$runner" --cases "$build/cases" --list | while read -r test; do
	group=${test%%.*}
	rest=${test#*.}
	behaviour=${rest%%.*}
	variant=${rest#"$behaviour"}
	variant=${variant#.}
	name=$group.$behaviour
	[ -e "$coll/bin/$name" ] || cp "$build/cases/$group/$behaviour" "$coll/bin/$name"
	cat > "$coll/$test" <<SCRIPT
#!/bin/sh
# ptrace-conformance case $test
"\$(dirname "\$0")/bin/$name"${variant:+ --variant $variant}
rc=\$?
[ \$rc -eq 2 ] && rc=0
exit \$rc
SCRIPT
	chmod 755 "$coll/$test"
	echo "ptrace_conformance:$test" >> "$list.new"
done
mv "$list.new" "$list"
echo "installed $(grep -c '^ptrace_conformance:' "$list") tests of the ptrace_conformance collection in $dest"
