# SPDX-License-Identifier: GPL-2.0
"""Every case builds for arm64 (make ARCH=arm64 STATIC=0, the clang cross
build arm64 VM runs boot, so make matrix then reuses it) and its metadata is
listable from the arm64 programs without running them."""
import struct
import subprocess

from conftest import CASES, OUT, RUNNER, TOP

EM_AARCH64 = 183


def test_arm64_build_lists_same_cases():
    build = subprocess.run(["make", "-s", "ARCH=arm64", "STATIC=0", f"OUT={OUT}", "all"], cwd=TOP,
                           capture_output=True, text=True)
    assert build.returncode == 0, build.stderr[-3000:]
    arm64 = OUT / "build" / "arm64-dynamic" / "cases"
    progs = sorted(arm64.glob("*/*"))
    assert progs
    for prog in progs:
        head = prog.read_bytes()[:20]
        assert head[:4] == b"\x7fELF" and struct.unpack("<H", head[18:20])[0] == EM_AARCH64, prog
    native = subprocess.run([str(RUNNER), "--cases", str(CASES), "--list"], capture_output=True,
                            text=True, check=True).stdout.split()
    cross = subprocess.run([str(RUNNER), "--cases", str(arm64), "--list"], capture_output=True,
                           text=True, check=True).stdout.split()
    assert cross == native
