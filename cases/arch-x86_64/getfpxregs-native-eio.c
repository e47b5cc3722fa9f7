// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"

PTC_CASE(
	.claim = "A 64-bit tracer gets EIO from PTRACE_GETFPXREGS and PTRACE_SETFPXREGS: "
		 "those requests exist only for 32-bit x86 tracers (NT_PRFPREG already is the "
		 "FXSAVE image on x86_64)",
	.man = "PTRACE_GETFPXREGS (undocumented); ERRORS",
	.spec = "C049",
	.needs = "arch:x86_64",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	unsigned char fpx[512];

	memset(fpx, 0, sizeof(fpx));
	EXPECT_ERRNO(PTRACE(PTRACE_GETFPXREGS, pid, 0, fpx), EIO);
	EXPECT_ERRNO(PTRACE(PTRACE_SETFPXREGS, pid, 0, fpx), EIO);
}
