// SPDX-License-Identifier: GPL-2.0
#include "ptc.h"
#include "regs.h"

PTC_CASE(
	.claim = "A 32-bit tracer gets EIO from PTRACE_ARCH_PRCTL: the compat request table "
		 "has no arch_prctl (32-bit tasks use GET/SET_THREAD_AREA)",
	.man = "PTRACE_ARCH_PRCTL (undocumented); ERRORS",
	.spec = "C188",
	.needs = "arch:i386",
)
{
	pid_t pid = ptc_start(PTC_TRACEME, 0, ptc_idle, NULL);
	unsigned long out = 0;

	EXPECT_ERRNO(PTRACE(PTRACE_ARCH_PRCTL, pid, &out, ARCH_GET_FS), EIO);
	EXPECT_ERRNO(PTRACE(PTRACE_ARCH_PRCTL, pid, &out, ARCH_GET_GS), EIO);
}
