#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# The guest's init: mounts what the cases need, runs the suite as root and
# powers off. Everything it reports goes to the results channel ($chan, a
# second serial port or a UML serial line), never to the kernel console:
#   @ptc init <uptime>      init is running
#   @ptc head|start|case|tail {json}   from ptc-run --stream
#   TAP lines               ptc-run's stdout, for the live display
#   @ptc exit <status>      the runner ended
# /ptc/conf (written per run by the VM runner) sets label, how, scale, chan,
# abi and the runner's extra arguments ("set -- ...").
PATH=/bin
export PATH

/bin/busybox --install -s /bin
mount -t proc -o nosuid,nodev,noexec proc /proc
mount -t sysfs -o nosuid,nodev,noexec sysfs /sys
# devtmpfs may be mounted by the kernel already (CONFIG_DEVTMPFS_MOUNT).
grep -q ' /dev devtmpfs ' /proc/mounts || mount -t devtmpfs devtmpfs /dev
mkdir -p /dev/pts /dev/shm
mount -t devpts -o newinstance,ptmxmode=0666 devpts /dev/pts
mount -t tmpfs -o mode=1777 tmpfs /dev/shm
mount -t tmpfs -o mode=1777 tmpfs /tmp

. /ptc/conf

# Modules the results channel needs (arm64: virtio console), if any.
for m in $modules; do
	insmod "/lib/modules/$m" || echo "ptc-init: cannot load $m"
done
# A channel device appears when its driver binds: poll for it, bounded.
n=0
while [ ! -c "$chan" ] && [ $n -lt 200 ]; do
	n=$((n + 1))
	sleep 0.05
done
if [ ! -c "$chan" ]; then
	echo "ptc-init: the results channel $chan does not exist" >/dev/console
	poweroff -f
fi
stty -F "$chan" raw -echo 2>/dev/null

{
	read -r up _ </proc/uptime
	echo "@ptc init $up"
	cd /tmp || exit 1
	/ptc/bin/ptc-run --cases /ptc/cases --how "$how" --label "$label" \
		--abi "$abi" --timeout-scale "$scale" --stream "$chan" "$@" 2>&1
	echo "@ptc exit $?"
} >"$chan" 2>&1 </dev/null

sync
poweroff -f
# poweroff should not return; if it does, a clean halt through sysrq.
echo o >/proc/sysrq-trigger
